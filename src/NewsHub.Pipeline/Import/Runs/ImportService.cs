using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Sources;
using NewsHub.Ingestion.Sources;
using NewsHub.Pipeline.Sources;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// The one way an import run is run, by the web host's worker (a run it claimed from the queue) and by
/// <c>newshub import</c> or <c>newshub sources poll</c> (a run it starts itself): the run's executor does the work
/// while a heartbeat writes progress and report lines and reads cancel requests, and the run's end goes into the
/// run log, and for a source's poll into the source's health line. Registered by
/// <see cref="ImportServiceCollectionExtensions.AddNewsHubImports"/>.
/// </summary>
public sealed partial class ImportService(
    IServiceScopeFactory scopes, IOptions<ImportServiceOptions> options, TimeProvider clock, ILogger<ImportService> logger)
{
    /// <summary>How a command-line run names itself in <c>import_runs.worker_id</c>.</summary>
    public static string CommandLineWorkerId => $"cli:{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// Starts <paramref name="request"/> as a run of this process (under the per-folder lock) and runs it to its end.
    /// When <paramref name="cancellationToken"/> fires, the run ends cancelled: a command line stopped by its user is
    /// not work anyone else should take up.
    /// </summary>
    /// <param name="listener">Hears of every file as the run goes (a progress bar, a summary).</param>
    /// <exception cref="ImportFolderBusyException">Another run of the folder is queued or running.</exception>
    public async Task<ImportRunEnd> RunHereAsync(ImportRunRequest request, IImportObserver? listener, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        long runId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            runId = await scope.ServiceProvider.GetRequiredService<ImportRunLog>().StartAsync(request, CommandLineWorkerId, cancellationToken);
        }

        return await RunAsync(runId, CommandLineWorkerId, listener, requeueWhenStopped: false, cancellationToken);
    }

    /// <summary>
    /// Runs a run <paramref name="workerId"/> claimed from the queue to its end. When <paramref name="stoppingToken"/>
    /// fires (the app stops), the run is marked interrupted and queued again, for this or another instance to finish.
    /// </summary>
    public Task<ImportRunEnd> RunClaimedAsync(long runId, string workerId, CancellationToken stoppingToken) =>
        RunAsync(runId, workerId, listener: null, requeueWhenStopped: true, stoppingToken);

    /// <summary>
    /// Works one batch of a shared folder run another instance owns, for an idle worker; false when there was none
    /// this instance may read (see <see cref="SharedFolderImport"/>).
    /// </summary>
    public async Task<bool> HelpAsync(string workerId, CancellationToken stoppingToken)
    {
        if (options.Value.BatchSize <= 0)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var guard = scope.ServiceProvider.GetService<IImportFolderGuard>();
        var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
        return await scope.ServiceProvider.GetRequiredService<SharedFolderImport>().HelpAsync(
            workerId,
            run =>
            {
                try
                {
                    return run.Kind is ImportRunKind.Import or ImportRunKind.ReExtract ? FolderImportExecutor.RequestFor(run, guard) : null;
                }
                catch (InvalidOperationException)
                {
                    // Outside this instance's import roots: the owner, which was allowed to start it, does the batch.
                    return null;
                }
            },
            async id => await db.ImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, stoppingToken),
            stoppingToken);
    }

    private async Task<ImportRunEnd> RunAsync(long runId, string workerId, IImportObserver? listener, bool requeueWhenStopped, CancellationToken stoppingToken)
    {
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["ImportRunId"] = runId });
        // The heartbeat starts before anything else: on a busy machine loading the run and its executor took seconds,
        // which a short StaleAfter counted against a run that had not yet beaten once.
        var progress = new ImportProgress(listener);
        using var runCancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = new ImportRunHeartbeat(scopes, runId, workerId, progress, runCancellation, options.Value.HeartbeatInterval, clock, logger);
        var heartbeatLoop = heartbeat.BeatUntilAsync(heartbeatStop.Token);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
        var run = await db.ImportRuns.FindAsync([runId], stoppingToken)
            ?? throw new InvalidOperationException($"Import run {runId} vanished after it was claimed.");
        var executor = scope.ServiceProvider.GetServices<IImportRunExecutor>().FirstOrDefault(e => e.CanRun(run.Kind));

        LogRunStarted(runId, run.Kind, run.Folder, run.Recursive, run.DryRun, workerId);
        var status = ImportRunStatus.Succeeded;
        string? error = null;
        try
        {
            if (executor is null)
            {
                throw new InvalidOperationException($"No executor handles runs of kind {run.Kind}.");
            }

            await executor.ExecuteAsync(run, progress, runCancellation.Token);
        }
        catch (OperationCanceledException) when (runCancellation.IsCancellationRequested)
        {
            var stoppedHere = stoppingToken.IsCancellationRequested;
            status = heartbeat.LostOwnership || (stoppedHere && requeueWhenStopped) ? ImportRunStatus.Interrupted : ImportRunStatus.Cancelled;
            if (status == ImportRunStatus.Cancelled && stoppedHere)
            {
                error = "运行它的进程停止了它。Stopped by the process that ran it.";
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status = ImportRunStatus.Failed;
            error = ex.Message;
            LogRunFailed(ex, runId);
        }

        await heartbeatStop.CancelAsync();
        await heartbeatLoop;
        // The run's end is recorded even while the app stops: without it the run would wait for the stale sweep.
        await heartbeat.FlushOutcomesAsync(CancellationToken.None);
        var snapshot = progress.Snapshot();
        var log = scope.ServiceProvider.GetRequiredService<ImportRunLog>();
        if (heartbeat.LostOwnership)
        {
            LogRunLost(runId, workerId);
            return new ImportRunEnd(runId, ImportRunStatus.Interrupted, "另一个实例认定它已失去响应并接手了它。Another instance found its heartbeat stale and took it over.", snapshot);
        }

        if (status == ImportRunStatus.Interrupted)
        {
            await log.HeartbeatAsync(runId, workerId, snapshot, CancellationToken.None);
            var requeued = await log.InterruptAndRequeueAsync(runId, workerId, "应用停止时该运行尚未完成。The app stopped before the run ended.", CancellationToken.None);
            LogRunInterrupted(runId, workerId, requeued ?? 0);
            return new ImportRunEnd(runId, status, "The app stopped before the run ended.", snapshot);
        }

        await log.FinishAsync(runId, workerId, status, snapshot, error, CancellationToken.None);
        LogRunFinished(runId, status, snapshot.FilesDone, snapshot.New, snapshot.Changed, snapshot.Unchanged, snapshot.Duplicate, snapshot.Failed, snapshot.Missing);
        if (run.SourceId is { } sourceId)
        {
            await RecordSourcePollAsync(db, sourceId, runId, status, error, snapshot);
        }

        return new ImportRunEnd(runId, status, status == ImportRunStatus.Cancelled ? error ?? "Cancelled on the admin page." : error, snapshot);
    }

    /// <summary>Writes a source's poll into its health line and releases the scheduler's lease on it.</summary>
    private async Task RecordSourcePollAsync(NewsHubDbContext db, long sourceId, long runId, ImportRunStatus status, string? error, ImportProgressSnapshot snapshot)
    {
        if (status == ImportRunStatus.Cancelled)
        {
            // An admin stopped it: neither a success nor a failure of the source, so no back-off either.
            await SourceLeases.ReleaseAsync(db, sourceId, CancellationToken.None);
            return;
        }

        var failure = status == ImportRunStatus.Succeeded ? null : error ?? status.ToString();
        await SourcePollRecorder.RecordAsync(db, sourceId, new SourcePollEnd(runId, failure, snapshot.FilesDone, snapshot.New), clock.GetUtcNow(), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import run {ImportRunId} started by {WorkerId}: {Kind} of {Folder} (recursive {Recursive}, dry run {DryRun})")]
    private partial void LogRunStarted(long importRunId, ImportRunKind kind, string folder, bool recursive, bool dryRun, string workerId);

    // Not "@new": the generator names the property after the parameter as written, and Serilog takes a leading "@"
    // as "destructure", so the property became "new" and the message printed a literal {New}.
    [LoggerMessage(Level = LogLevel.Information, Message = "Import run {ImportRunId} ended {Status}: {FilesDone} files, {NewCount} new, {ChangedCount} changed, {UnchangedCount} unchanged, {DuplicateCount} duplicate, {FailedCount} failed, {MissingCount} missing")]
    private partial void LogRunFinished(long importRunId, ImportRunStatus status, int filesDone, int newCount, int changedCount, int unchangedCount, int duplicateCount, int failedCount, int missingCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import run {ImportRunId} failed")]
    private partial void LogRunFailed(Exception exception, long importRunId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import run {ImportRunId} of worker {WorkerId} was interrupted; queued again as run {RequeuedRunId}")]
    private partial void LogRunInterrupted(long importRunId, string? workerId, long requeuedRunId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import run {ImportRunId} was taken from worker {WorkerId} after its heartbeat went stale; stopping it here")]
    private partial void LogRunLost(long importRunId, string workerId);
}

/// <summary>How a run ended, as the run log recorded it.</summary>
/// <param name="Error">Why it failed or stopped; null when it succeeded.</param>
/// <param name="Counts">Its counts at the end.</param>
public sealed record ImportRunEnd(long RunId, ImportRunStatus Status, string? Error, ImportProgressSnapshot Counts);
