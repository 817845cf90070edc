using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Feeds;

/// <summary>One item of a polled feed: read into an article, unchanged since the last poll, or failed.</summary>
/// <param name="Identity">The item's guid (RSS guid, Atom id, JSON Feed id), else its link; empty for an item that has neither, whose <paramref name="Failure"/> says so.</param>
/// <param name="Link">The item's web link, if it has one.</param>
/// <param name="Document">The article read from the item; null when it is unchanged or failed.</param>
/// <param name="Failure">Why the item could not be read, in a sentence naming the item; null otherwise.</param>
public sealed record FeedItemResult(string Identity, string? Link, ArticleDocument? Document, string? Failure)
{
    /// <summary>The item's hash matched <see cref="FeedRequest.KnownItems"/>, so it was not read again.</summary>
    public bool Unchanged => Document is null && Failure is null;
}
