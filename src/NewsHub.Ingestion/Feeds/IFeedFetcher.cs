namespace NewsHub.Ingestion.Feeds;

/// <summary>
/// Polls one feed: loads it (over HTTP with a conditional GET, or from a local file), parses RSS 2.0, Atom 1.0
/// or JSON Feed, and reads each item into an article, fetching the linked page when the item carries only a summary.
/// </summary>
public interface IFeedFetcher
{
    /// <summary>Polls the feed <paramref name="request"/> names.</summary>
    /// <exception cref="FeedFetchException">The feed as a whole could not be fetched or parsed; a failure of one item is reported in its <see cref="FeedItemResult"/> instead.</exception>
    Task<FeedFetchResult> FetchAsync(FeedRequest request, CancellationToken cancellationToken);
}
