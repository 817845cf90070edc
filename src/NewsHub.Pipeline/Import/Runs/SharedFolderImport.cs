using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// A folder import shared by every instance on the database (<see cref="ImportServiceOptions.BatchSize"/> above zero):
/// the instance that claimed the run lists the folder and cuts it into batches (<see cref="ImportRunBatches"/>); it
/// and any idle instance lease batches one at a time and import them; a batch's report lines are written with its
/// completion, by whoever still holds its lease. When every batch is done the owner marks missing files and ends the
/// run. A batch of an instance that died comes back when its lease expires, so no file is lost; files it stored before
/// dying are found unchanged by their hash, so none is stored twice.
/// </summary>
public sealed partial class SharedFolderImport(
    RunDbContexts contexts, IOptions<ImportServiceOptions> options, RunAnalyzers analyzers, ILoggerFactory loggers, TimeProvider clock, ILogger<SharedFolderImport> logger)
{
    private readonly ImportServiceOptions settings = options.Value;

    /// <summary>Runs <paramref name="run"/> as its owner: lists, cuts into batches, works batches until all are done.</summary>
    public async Task RunAsync(ImportRun run, ImportRequest request, string workerId, ImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var files = ArticleFolder.ListArticleFiles(request.Folder, request.Recursive, progress.SetTotal);
        progress.SetTotal(files.Count);
        await using (var db = await contexts.Factory.CreateDbContextAsync(cancellationToken))
        {
            await ImportRunBatches.AddAsync(db, run.Id, files, settings.BatchSize, cancellationToken);
        }

        var runner = await RunnerAsync(cancellationToken);
        var own = new Dictionary<FileOutcome, int>();
        while (true)
        {
            ClaimedBatch? batch;
            await using (var db = await contexts.Factory.CreateDbContextAsync(cancellationToken))
            {
                batch = await ImportRunBatches.ClaimAsync(db, run.Id, workerId, settings.BatchLease, cancellationToken);
            }

            if (batch is not null)
            {
                foreach (var (outcome, count) in await WorkAsync(runner, request, batch, workerId, progress, cancellationToken))
                {
                    own[outcome] = own.GetValueOrDefault(outcome) + count;
                }

                continue;
            }

            int pending;
            await using (var db = await contexts.Factory.CreateDbContextAsync(cancellationToken))
            {
                pending = await ImportRunBatches.PendingAsync(db, run.Id, cancellationToken);
            }

            if (pending == 0)
            {
                break;
            }

            // Other instances hold the rest; a batch of one that died comes back to ClaimAsync when its lease expires.
            await Task.Delay(settings.PollInterval, clock, cancellationToken);
        }

        // The report lines of every batch are in; the counts of batches done elsewhere join this instance's.
        await using (var db = await contexts.Factory.CreateDbContextAsync(cancellationToken))
        {
            foreach (var (outcome, count) in await ImportRunBatches.OutcomeCountsAsync(db, run.Id, cancellationToken))
            {
                progress.Count(outcome, count - own.GetValueOrDefault(outcome));
            }
        }

        await runner.MarkMissingAsync(request, files, progress, cancellationToken);
    }

    /// <summary>
    /// Works one batch of any running shared run for an idle instance; false when there was none. Runs whose folder
    /// <paramref name="admit"/> refuses (outside this instance's import roots) are given back untouched.
    /// </summary>
    public async Task<bool> HelpAsync(string workerId, Func<ImportRun, ImportRequest?> admit, Func<long, Task<ImportRun?>> loadRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admit);
        ArgumentNullException.ThrowIfNull(loadRun);
        ClaimedBatch? batch;
        await using (var db = await contexts.Factory.CreateDbContextAsync(cancellationToken))
        {
            batch = await ImportRunBatches.ClaimAsync(db, runId: null, workerId, settings.BatchLease, cancellationToken);
        }

        if (batch is null)
        {
            return false;
        }

        var run = await loadRun(batch.RunId);
        var request = run is null ? null : admit(run);
        if (request is null)
        {
            await using var db = await contexts.Factory.CreateDbContextAsync(CancellationToken.None);
            await ImportRunBatches.ReleaseAsync(db, batch.Id, workerId, CancellationToken.None);
            return false;
        }

        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["ImportRunId"] = batch.RunId });
        LogHelping(batch.RunId, batch.BatchNo, batch.Paths.Length, workerId);
        await WorkAsync(await RunnerAsync(cancellationToken), request, batch, workerId, progress: null, cancellationToken);
        return true;
    }

    private async Task<ImportRunner> RunnerAsync(CancellationToken cancellationToken)
    {
        var analysis = await analyzers.ForRunAsync(cancellationToken);
        return new(contexts.Factory, analysis.Analyzer, settings.Pipeline, loggers, clock, analysis.Catalog);
    }

    /// <summary>
    /// Imports one leased batch while renewing its lease, then completes it with its report lines; gives it back at
    /// once when this instance stops. Returns the outcomes counted here (none when the lease was lost meanwhile).
    /// </summary>
    private async Task<IReadOnlyDictionary<FileOutcome, int>> WorkAsync(
        ImportRunner runner, ImportRequest request, ClaimedBatch batch, string workerId, ImportProgress? progress, CancellationToken cancellationToken)
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopRenewing = new CancellationTokenSource();
        var renewing = RenewWhileRunningAsync(batch.Id, workerId, lost, stopRenewing.Token);
        IReadOnlyList<ImportFileResult> results;
        try
        {
            results = await runner.ImportFilesAsync(request, batch.Paths, progress is null ? null : new CurrentFile(progress), lost.Token);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            await stopRenewing.CancelAsync();
            await renewing;
            await using var db = await contexts.Factory.CreateDbContextAsync(CancellationToken.None);
            await ImportRunBatches.ReleaseAsync(db, batch.Id, workerId, CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            LogBatchLost(batch.RunId, batch.BatchNo, workerId);
            return new Dictionary<FileOutcome, int>();
        }
        finally
        {
            await stopRenewing.CancelAsync();
        }

        await renewing;
        var outcomes = results.Select(r => new ImportFileOutcome { Path = r.Path, Outcome = r.Outcome, Error = r.StoredError, ArticleId = request.DryRun ? null : r.ArticleId }).ToList();
        bool completed;
        await using (var db = await contexts.Factory.CreateDbContextAsync(CancellationToken.None))
        {
            completed = await ImportRunBatches.CompleteAsync(db, batch.Id, workerId, outcomes, CancellationToken.None);
        }

        if (!completed)
        {
            LogBatchLost(batch.RunId, batch.BatchNo, workerId);
            return new Dictionary<FileOutcome, int>();
        }

        foreach (var result in results)
        {
            progress?.Reported(result);
        }

        return outcomes.GroupBy(o => o.Outcome).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Renews the batch's lease every third of it; cancels the batch's work when the lease was lost.</summary>
    private async Task RenewWhileRunningAsync(long batchId, string workerId, CancellationTokenSource lost, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.BatchLease / 3, clock, stop);
                await using var db = await contexts.Factory.CreateDbContextAsync(stop);
                if (!await ImportRunBatches.RenewAsync(db, batchId, workerId, settings.BatchLease, stop))
                {
                    await lost.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed renewal is not the end: the lease may still hold, and CompleteAsync checks it anyway.
                LogRenewFailed(ex, batchId);
            }
        }
    }

    /// <summary>Shows the file being read on the run's page; report lines are written with the batch instead.</summary>
    private sealed class CurrentFile(ImportProgress progress) : IImportObserver
    {
        public void FilesFound(int total)
        {
        }

        public void FileStarted(string path) => progress.Starting(path);

        public void FileFinished(ImportFileResult result)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import run {ImportRunId}: {WorkerId} takes batch {BatchNo} ({FileCount} files)")]
    private partial void LogHelping(long importRunId, int batchNo, int fileCount, string workerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import run {ImportRunId}: batch {BatchNo} was taken from {WorkerId} after its lease expired; the instance holding it now reports it")]
    private partial void LogBatchLost(long importRunId, int batchNo, string workerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the lease of import batch {BatchId} failed")]
    private partial void LogRenewFailed(Exception exception, long batchId);
}
