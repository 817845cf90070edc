using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsHub.Data.Entities;
using NewsHub.Ingestion.Feeds;
using NewsHub.Pipeline.Import;
using NewsHub.Pipeline.Sources;
using NewsHub.Ingestion.Sources;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// Runs a queued poll of a feed source with <see cref="FeedPoller"/>: each item stored like a file of a folder
/// import, with its outcome in the run's report. On success the feed's validators are kept for the next
/// conditional request; the source's health line is written by the worker when the run ends, success or not.
/// </summary>
public sealed class FeedPollExecutor(
    RunDbContexts contexts,
    IOptions<ImportServiceOptions> options,
    RunAnalyzers analyzers,
    IServiceProvider services,
    ILoggerFactory loggers) : IImportRunExecutor
{
    public bool CanRun(ImportRunKind kind) => kind == ImportRunKind.FeedPoll;

    public async Task ExecuteAsync(ImportRun run, ImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        var fetcher = services.GetService<IFeedFetcher>()
            ?? throw new InvalidOperationException("No feed fetcher is registered in this app: feeds cannot be polled here.");
        Source source;
        await using (var db = await contexts.Factory.CreateDbContextAsync(cancellationToken))
        {
            source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == run.SourceId, cancellationToken)
                ?? throw new InvalidOperationException($"The feed source of run {run.Id} was deleted before the poll started.");
        }

        var poller = new FeedPoller(contexts.Factory, fetcher, (await analyzers.ForRunAsync(cancellationToken)).Analyzer, options.Value.Pipeline, loggers);
        var polled = await poller.PollAsync(
            new FeedPollRequest(source.Id, source.Locator, source.ETag, source.LastModified, run.Id), progress, cancellationToken);

        await using (var db = await contexts.Factory.CreateDbContextAsync(CancellationToken.None))
        {
            await db.Sources.Where(s => s.Id == source.Id).ExecuteUpdateAsync(
                set => set.SetProperty(s => s.ETag, polled.ETag).SetProperty(s => s.LastModified, polled.LastModified), CancellationToken.None);
        }
    }
}
