using System.Collections.Concurrent;
using NewsHub.Ingestion.Feeds;

namespace NewsHub.IntegrationTests.Sources;

/// <summary>
/// A feed fetcher that serves the feeds a test sets, by locator, and counts its fetches; an unknown locator, or
/// one set to fail, throws as a real fetcher does when a feed cannot be read. The real fetcher (HTTP, parsing)
/// has its own tests; these test what a poll does with what it is given.
/// </summary>
internal sealed class FakeFeedFetcher : IFeedFetcher
{
    private readonly ConcurrentDictionary<string, Func<FeedRequest, FeedFetchResult>> feeds = new(StringComparer.Ordinal);
    private int fetches;

    public int Fetches => Volatile.Read(ref fetches);

    /// <summary>
    /// Serves <paramref name="items"/> at <paramref name="locator"/>: 304 to the validator it gave last, and, as the real
    /// fetcher does, items whose hash the request says it knows come back unread.
    /// </summary>
    public void Serve(string locator, params FeedItemResult[] items)
    {
        var etag = "v-" + string.Join(",", items.Select(i => i.Document?.ContentHash));
        feeds[locator] = request => request.ETag == etag
            ? new FeedFetchResult(true, null, [], request.ETag, request.LastModified, 1)
            : new FeedFetchResult(false, "测试订阅", [.. items.Select(i => Known(request, i) ? i with { Document = null } : i)], etag, null, 1);
    }

    private static bool Known(FeedRequest request, FeedItemResult item) =>
        item.Document is { } document && request.KnownItems?.GetValueOrDefault(item.Identity) == document.ContentHash;

    public void Fail(string locator, string reason) => feeds[locator] = _ => throw new HttpRequestException(reason);

    public Task<FeedFetchResult> FetchAsync(FeedRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interlocked.Increment(ref fetches);
        return feeds.TryGetValue(request.Locator, out var serve)
            ? Task.FromResult(serve(request))
            : throw new HttpRequestException($"No feed at {request.Locator}.");
    }
}
