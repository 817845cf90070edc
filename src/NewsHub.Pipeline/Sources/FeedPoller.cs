using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsHub.Data;
using NewsHub.Data.Writing;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Feeds;
using NewsHub.Pipeline.Import;

namespace NewsHub.Pipeline.Sources;

/// <summary>A feed source to poll, with the validators of its last answer.</summary>
/// <param name="SourceId">The feed's <c>sources</c> row, kept on each item's source row; null for a poll of a feed not registered.</param>
/// <param name="RunId">The <c>import_runs</c> row the poll is recorded under, for the log scope.</param>
public sealed record FeedPollRequest(long? SourceId, string Locator, string? ETag, DateTimeOffset? LastModified, long? RunId);

/// <summary>What a poll of a feed did: one result per item, like a folder import's per file, and the feed's new validators.</summary>
/// <param name="Items">Per item: its key (<see cref="ArticleOrigin.FeedItemKey"/>) as the path, and its outcome.</param>
/// <param name="NotModified">The feed answered 304 Not Modified: nothing was read.</param>
/// <param name="RequestCount">HTTP requests the fetch made.</param>
public sealed record FeedPollSummary(ImportSummary Items, bool NotModified, string? ETag, DateTimeOffset? LastModified, int RequestCount);

/// <summary>
/// Polls a feed source: fetches it (conditionally), then stores each item's document through the same
/// <see cref="ArticleStoring"/> step as a folder import. An item whose document hashes as stored is skipped
/// unread; a changed item updates its article; a failed item is reported and the others go on. Items that left
/// the feed are not marked missing: feeds only ever show their newest entries.
/// </summary>
public sealed partial class FeedPoller(
    IDbContextFactory<NewsHubDbContext> contexts,
    IFeedFetcher fetcher,
    IArticleAnalyzer analyzer,
    ImportOptions options,
    ILoggerFactory loggerFactory,
    TimeProvider? clock = null)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<FeedPoller>();
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Polls <paramref name="request"/>'s feed once.</summary>
    /// <exception cref="Exception">The feed could not be fetched or read at all (the fetcher's exception, with its reason).</exception>
    public async Task<FeedPollSummary> PollAsync(FeedPollRequest request, IImportObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var runScope = logger.BeginScope(new Dictionary<string, object?> { ["ImportRunId"] = request.RunId, ["FeedLocator"] = request.Locator });
        var stopwatch = Stopwatch.StartNew();
        var keyPrefix = ArticleOrigin.FeedItemKey(request.Locator, "");
        Dictionary<string, KnownSource> known;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            known = await FeedItemSources.LoadAsync(db, keyPrefix, cancellationToken);
        }

        // The fetcher skips reading (and fetching the linked pages of) items whose hash it is told.
        var knownItems = known.Values.ToDictionary(k => k.Path[keyPrefix.Length..], k => k.ContentHash, StringComparer.Ordinal);
        var fetched = await fetcher.FetchAsync(new FeedRequest(request.Locator, request.ETag, request.LastModified, knownItems), cancellationToken);
        if (fetched.NotModified)
        {
            observer?.FilesFound(0);
            LogNotModified(request.Locator, fetched.RequestCount);
            return new FeedPollSummary(new ImportSummary(request.Locator, false, [], stopwatch.Elapsed), true, request.ETag, request.LastModified, fetched.RequestCount);
        }

        observer?.FilesFound(fetched.Items.Count);

        var storing = new ArticleStoring(analyzer, new ArticleWriter(contexts, loggerFactory.CreateLogger<ArticleWriter>(), options.Writing, time));
        var results = new ConcurrentQueue<ImportFileResult>();
        var unchanged = new ConcurrentBag<KnownSource>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.WriteParallelism), CancellationToken = cancellationToken };
        // A feed repeats an item now and then (two entries with one guid): the first one is stored, and a repeat the
        // fetcher reported as a failure stays in the report.
        var items = fetched.Items.Where(i => i.Document is null).Concat(fetched.Items.Where(i => i.Document is not null).DistinctBy(i => i.Identity, StringComparer.Ordinal)).ToList();
        await Parallel.ForEachAsync(items, parallel, async (item, token) =>
        {
            var origin = ArticleOrigin.FeedItem(request.Locator, item.Identity, request.SourceId);
            observer?.FileStarted(origin.Key);
            var result = await StoreItemAsync(item, origin, known.GetValueOrDefault(origin.Key), storing, unchanged, token);
            results.Enqueue(result);
            observer?.FileFinished(result);
        });

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await FolderSources.MarkSeenAsync(db, unchanged, time.GetUtcNow(), cancellationToken);
        }

        var summary = new ImportSummary(request.Locator, false, [.. results.OrderBy(r => r.Path, StringComparer.Ordinal)], stopwatch.Elapsed);
        LogPolled(request.Locator, summary.Count(FileOutcome.New), summary.Count(FileOutcome.Changed), summary.Count(FileOutcome.Unchanged),
            summary.Count(FileOutcome.Duplicate), summary.Count(FileOutcome.Failed), fetched.RequestCount, stopwatch.Elapsed.TotalMilliseconds);
        return new FeedPollSummary(summary, false, fetched.ETag, fetched.LastModified, fetched.RequestCount);
    }

    private async Task<ImportFileResult> StoreItemAsync(
        FeedItemResult item, ArticleOrigin origin, KnownSource? known, ArticleStoring storing, ConcurrentBag<KnownSource> unchanged, CancellationToken cancellationToken)
    {
        if (item.Unchanged && known is not null)
        {
            unchanged.Add(known);
            return new ImportFileResult(origin.Key, FileOutcome.Unchanged, ArticleId: known.ArticleId);
        }

        if (item.Document is not { } document)
        {
            var reason = item.Failure ?? "the fetcher gave the item no content";
            LogItemFailed(origin.Key, reason);
            return new ImportFileResult(origin.Key, FileOutcome.Failed, $"{origin.Key}: {reason}", Failure: new(FileFailureKind.FeedItemUnreadable, reason));
        }

        if (known is not null && known.ContentHash == document.ContentHash)
        {
            unchanged.Add(known);
            return new ImportFileResult(origin.Key, FileOutcome.Unchanged, ArticleId: known.ArticleId);
        }

        try
        {
            var prepared = storing.Prepare(document, origin);
            var written = await storing.StoreAsync(prepared, cancellationToken);
            return new ImportFileResult(origin.Key, written.Outcome, ArticleId: written.ArticleId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(ex, origin.Key);
            return new ImportFileResult(origin.Key, FileOutcome.Failed, $"{origin.Key}: storing the item failed: {ex.Message}", Failure: new(FileFailureKind.StoreFailed, ex.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedLocator} not modified ({RequestCount} requests)")]
    private partial void LogNotModified(string feedLocator, int requestCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {FeedLocator}: {NewCount} new, {ChangedCount} changed, {UnchangedCount} unchanged, {DuplicateCount} duplicate, {FailedCount} failed ({RequestCount} requests, {Milliseconds:F0} ms)")]
    private partial void LogPolled(string feedLocator, int newCount, int changedCount, int unchangedCount, int duplicateCount, int failedCount, int requestCount, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed item {FeedItem} could not be read: {Reason}")]
    private partial void LogItemFailed(string feedItem, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing feed item {FeedItem} failed; nothing of it was stored")]
    private partial void LogStoreFailed(Exception exception, string feedItem);
}
