namespace NewsHub.Ingestion.Feeds;

/// <summary>A feed parsed, before any of its items is read.</summary>
/// <param name="Title">The feed's title, if it has one.</param>
/// <param name="Entries">Its items in the feed's order.</param>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedEntry> Entries);
