using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Feeds;

/// <summary>
/// The <see cref="IFeedFetcher"/>: loads a feed over HTTP (conditional GET) or from a file, parses it, and
/// reads its items a few at a time. Stateless and safe to use from several threads: what a poll must remember
/// (validators, known item hashes) travels in the request and the result.
/// </summary>
public sealed partial class FeedFetcher(WebResourceClient web, IOptions<FeedFetchOptions> options, ILogger<FeedFetcher> logger) : IFeedFetcher
{
    private readonly FeedFetchOptions _options = options.Value;

    /// <inheritdoc />
    public async Task<FeedFetchResult> FetchAsync(FeedRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var budget = new PollBudget(_options.MaxPageFetchesPerPoll);
        var location = FeedLocator.Parse(request.Locator);
        var loaded = location.Address is { } address
            ? await LoadFromWebAsync(address, request, budget, cancellationToken).ConfigureAwait(false)
            : await LoadFromFileAsync(request.Locator, location.FilePath!, request, cancellationToken).ConfigureAwait(false);

        if (loaded.NotModified)
        {
            LogNotModified(logger, request.Locator, budget.Requests, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new FeedFetchResult(true, null, [], loaded.ETag, loaded.LastModified, budget.Requests);
        }

        DecodedText decoded;
        try
        {
            decoded = WebText.Decode(request.Locator, loaded.Body, loaded.Charset);
        }
        catch (ArticleReadException ex)
        {
            throw new FeedFetchException(request.Locator, FeedFailure.NotAFeed, ex.Reason, ex);
        }

        var feed = FeedParser.Parse(request.Locator, decoded.Text);
        var items = await ReadItemsAsync(feed, decoded.EncodingName, request, budget, cancellationToken).ConfigureAwait(false);
        LogPolled(logger, request.Locator, items.Length, items.Count(i => i.Document is not null), items.Count(i => i.Failure is not null), budget.Requests,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new FeedFetchResult(false, feed.Title, items, loaded.ETag, loaded.LastModified, budget.Requests);
    }

    private async Task<FeedItemResult[]> ReadItemsAsync(ParsedFeed feed, string encoding, FeedRequest request, PollBudget budget, CancellationToken cancellationToken)
    {
        var reader = new FeedItemReader(web, _options);
        var results = new FeedItemResult[feed.Entries.Count];
        var readable = new List<int>(feed.Entries.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < feed.Entries.Count; i++)
        {
            var entry = feed.Entries[i];
            if (entry.Identity is not { } identity)
            {
                results[i] = FeedItemReader.Failed(entry, null, "it has neither a guid nor a link, so it cannot be told apart from the feed's other items");
            }
            else if (!seen.Add(identity))
            {
                // Stored under its identity, a second item of the same identity would overwrite the first on every poll.
                results[i] = FeedItemReader.Failed(entry, null, "an earlier item of the feed has the same identity; only the first is read");
            }
            else
            {
                readable.Add(i);
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.ItemParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(readable, parallel, async (i, token) =>
            results[i] = await reader.ReadAsync(feed.Entries[i], feed.Title, encoding, request, budget, token).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    private async Task<LoadedFeed> LoadFromWebAsync(Uri address, FeedRequest request, PollBudget budget, CancellationToken cancellationToken)
    {
        budget.CountRequest();
        var resource = await web.GetAsync(address, request.ETag, request.LastModified, cancellationToken).ConfigureAwait(false);
        return new LoadedFeed(resource.NotModified, resource.Body, resource.Charset, resource.ETag, resource.LastModified);
    }

    /// <summary>
    /// Reads a local feed file. Its SHA-256 stands in for an ETag, so that an unchanged file is as cheap to
    /// poll as a 304: it is read, but not parsed.
    /// </summary>
    private async Task<LoadedFeed> LoadFromFileAsync(string locator, string path, FeedRequest request, CancellationToken cancellationToken)
    {
        byte[] bytes;
        DateTimeOffset lastWrite;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            if (stream.Length > _options.MaxResponseBytes)
            {
                throw new FeedFetchException(locator, FeedFailure.TooLarge,
                    $"the file is {stream.Length:N0} bytes, over the limit of {_options.MaxResponseBytes:N0} bytes ({FeedFetchOptions.SectionName}:{nameof(FeedFetchOptions.MaxResponseBytes)})");
            }

            bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            lastWrite = File.GetLastWriteTimeUtc(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FeedFetchException(locator, FeedFailure.FileUnreadable, $"the feed file {path} cannot be read: {ex.Message}", ex);
        }

        var etag = $"\"sha256-{ArticleFile.HashOf(bytes)}\"";
        return new LoadedFeed(string.Equals(etag, request.ETag, StringComparison.Ordinal), bytes, Charset: null, etag, lastWrite);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {Locator} not modified ({RequestCount} requests, {Milliseconds:F0} ms)")]
    private static partial void LogNotModified(ILogger logger, string locator, int requestCount, double milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Polled feed {Locator}: {ItemCount} items, {ReadCount} read, {FailedCount} failed ({RequestCount} requests, {Milliseconds:F0} ms)")]
    private static partial void LogPolled(ILogger logger, string locator, int itemCount, int readCount, int failedCount, int requestCount, double milliseconds);

    /// <summary>A feed's bytes as loaded, before decoding.</summary>
    private sealed record LoadedFeed(bool NotModified, byte[] Body, string? Charset, string? ETag, DateTimeOffset? LastModified);
}
