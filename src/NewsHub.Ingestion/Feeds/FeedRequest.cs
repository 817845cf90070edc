namespace NewsHub.Ingestion.Feeds;

/// <summary>One poll of one feed.</summary>
/// <param name="Locator">An http(s) URL, or the path of a local feed file.</param>
/// <param name="ETag">The validator the previous poll returned, so that an unchanged feed answers 304.</param>
/// <param name="LastModified">The Last-Modified time the previous poll returned.</param>
/// <param name="KnownItems">
/// Item identity → the <see cref="Reading.ArticleDocument.ContentHash"/> stored for it. An entry whose hash is
/// unchanged is reported as <see cref="FeedItemResult.Unchanged"/> without reading it, so a summary-only item's
/// page is fetched once, not on every poll.
/// </param>
public sealed record FeedRequest(
    string Locator,
    string? ETag,
    DateTimeOffset? LastModified,
    IReadOnlyDictionary<string, string>? KnownItems = null);
