using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Feeds;

// The contract agreed with the feeds branch (h/feeds), which owns these types one per file in this folder and the
// real fetcher: at merge this file is deleted in favour of theirs (see /work/wt/FEEDS-API.md).

/// <summary>Fetches and reads a feed: RSS 2.0, Atom 1.0 or JSON Feed, by http(s) URL or local file path.</summary>
public interface IFeedFetcher
{
    /// <summary>Fetches <paramref name="request"/>'s feed (conditionally, with its validators) and reads each item into a document.</summary>
    Task<FeedFetchResult> FetchAsync(FeedRequest request, CancellationToken cancellationToken);
}

/// <summary>A feed to fetch, with the validators of its last answer.</summary>
/// <param name="Locator">An http(s) URL or a local file path.</param>
/// <param name="KnownItems">Identity → stored content hash of the items stored before: unchanged ones come back <see cref="FeedItemResult.Unchanged"/>, unread.</param>
public sealed record FeedRequest(string Locator, string? ETag, DateTimeOffset? LastModified, IReadOnlyDictionary<string, string>? KnownItems = null);

/// <summary>What a fetch found.</summary>
/// <param name="NotModified">The server answered 304: nothing changed, <paramref name="Items"/> is empty.</param>
/// <param name="RequestCount">HTTP requests made (the feed and any linked pages), to tell what a poll cost.</param>
public sealed record FeedFetchResult(
    bool NotModified, string? FeedTitle, IReadOnlyList<FeedItemResult> Items, string? ETag, DateTimeOffset? LastModified, int RequestCount);

/// <summary>One item of a feed: its document, or why it could not be read.</summary>
/// <param name="Identity">The item's guid, else its link: unique within its feed.</param>
public sealed record FeedItemResult(string Identity, string? Link, ArticleDocument? Document, string? Failure)
{
    /// <summary>The item is in <see cref="FeedRequest.KnownItems"/> with the same hash: nothing was read.</summary>
    public bool Unchanged => Document is null && Failure is null;
}
