namespace NewsHub.Ingestion.Feeds;

/// <summary>What one poll of a feed found.</summary>
/// <param name="NotModified">The feed is unchanged since the validators of the request (HTTP 304, or a local file with the same content); <paramref name="Items"/> is then empty.</param>
/// <param name="FeedTitle">The feed's own title, if it has one.</param>
/// <param name="Items">Every item of the feed, in the feed's order.</param>
/// <param name="ETag">The validator to send on the next poll.</param>
/// <param name="LastModified">The Last-Modified time to send on the next poll.</param>
/// <param name="RequestCount">HTTP requests the poll made, the feed's and its linked pages' together; 0 for a local file.</param>
public sealed record FeedFetchResult(
    bool NotModified,
    string? FeedTitle,
    IReadOnlyList<FeedItemResult> Items,
    string? ETag,
    DateTimeOffset? LastModified,
    int RequestCount);
