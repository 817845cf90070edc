using Microsoft.Extensions.Options;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Sources;
using NewsHub.Pipeline.Sources;

namespace NewsHub.Web.Imports;

/// <summary>
/// Runs queued imports in the background, one at a time per app instance: on start and then every
/// half <see cref="ImportWorkerOptions.StaleAfter"/> it marks runs of dead workers interrupted and
/// queues them again; it claims the oldest queued run, runs it while a heartbeat writes progress
/// and reads cancel requests, and records how it ended.
/// </summary>
public sealed partial class ImportWorker : BackgroundService
{
    private readonly IServiceScopeFactory scopes;
    private readonly ImportQueueSignal signal;
    private readonly ImportWorkerOptions settings;
    private readonly TimeProvider clock;
    private readonly ILogger<ImportWorker> logger;

    public ImportWorker(IServiceScopeFactory scopes, ImportQueueSignal signal, IOptions<ImportWorkerOptions> options, TimeProvider clock, ILogger<ImportWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.scopes = scopes;
        this.signal = signal;
        settings = options.Value;
        this.clock = clock;
        this.logger = logger;
        // The process id tells a restarted app from the one that died, so a dead run is never taken for its own.
        WorkerId = settings.WorkerName is { Length: > 0 } name
            ? name
            : $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
    }

    /// <summary>This worker's name in <c>import_runs.worker_id</c>.</summary>
    public string WorkerId { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave start-up to the host: the first database round trip happens off its thread.
        await Task.Yield();
        var nextRecovery = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() >= nextRecovery)
                {
                    await RecoverStaleRunsAsync(stoppingToken);
                    nextRecovery = clock.GetUtcNow() + settings.StaleAfter / 2;
                }

                if (await ClaimAsync(stoppingToken) is { } runId)
                {
                    await RunAsync(runId, stoppingToken);
                    continue;
                }

                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: keep the worker alive and try again shortly.
                LogWorkerError(ex, WorkerId);
                await Task.Delay(settings.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task RecoverStaleRunsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<ImportQueue>();
        foreach (var recovered in await queue.RecoverStaleAsync(settings.StaleAfter, cancellationToken))
        {
            LogRunInterrupted(recovered.InterruptedRunId, recovered.DeadWorkerId, recovered.RequeuedRunId);
        }
    }

    private async Task<long?> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportQueue>().ClaimNextAsync(WorkerId, cancellationToken);
    }

    private async Task RunAsync(long runId, CancellationToken stoppingToken)
    {
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["ImportRunId"] = runId });
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
        var run = await db.ImportRuns.FindAsync([runId], stoppingToken)
            ?? throw new InvalidOperationException($"Import run {runId} vanished after it was claimed.");
        var executor = scope.ServiceProvider.GetServices<IImportRunExecutor>().FirstOrDefault(e => e.CanRun(run.Kind));

        var progress = new ImportProgress();
        using var runCancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = new RunHeartbeat(this, runId, progress, runCancellation);
        var heartbeatLoop = heartbeat.BeatUntilAsync(heartbeatStop.Token);

        LogRunStarted(runId, run.Kind, run.Folder, run.Recursive, run.DryRun);
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
            status = heartbeat.LostOwnership ? ImportRunStatus.Interrupted
                : stoppingToken.IsCancellationRequested ? ImportRunStatus.Interrupted
                : ImportRunStatus.Cancelled;
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
        var queue = scope.ServiceProvider.GetRequiredService<ImportQueue>();
        if (heartbeat.LostOwnership)
        {
            LogRunLost(runId, WorkerId);
        }
        else if (status == ImportRunStatus.Interrupted)
        {
            await queue.HeartbeatAsync(runId, WorkerId, snapshot, CancellationToken.None);
            var requeued = await queue.InterruptAndRequeueAsync(runId, WorkerId, "应用停止时该运行尚未完成。The app stopped before the run ended.", CancellationToken.None);
            LogRunInterrupted(runId, WorkerId, requeued ?? 0);
        }
        else
        {
            await queue.FinishAsync(runId, WorkerId, status, snapshot, error, CancellationToken.None);
            LogRunFinished(runId, status, snapshot.FilesDone, snapshot.New, snapshot.Changed, snapshot.Unchanged, snapshot.Duplicate, snapshot.Failed, snapshot.Missing);
            if (run.SourceId is { } sourceId)
            {
                await RecordSourcePollAsync(db, sourceId, runId, status, error, snapshot);
            }
        }
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

    /// <summary>Writes a running run's progress and outcomes every heartbeat, and cancels it when asked to.</summary>
    private sealed class RunHeartbeat(ImportWorker worker, long runId, ImportProgress progress, CancellationTokenSource runCancellation)
    {
        public bool LostOwnership { get; private set; }

        public async Task BeatUntilAsync(CancellationToken stop)
        {
            var totalWritten = false;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var interval = Task.Delay(worker.settings.HeartbeatInterval, worker.clock, stop);
                    if (totalWritten)
                    {
                        await interval;
                    }
                    else
                    {
                        // The first count of files is written as soon as it is known, not a whole interval later.
                        await Task.WhenAny(interval, progress.FirstTotal);
                        stop.ThrowIfCancellationRequested();
                        totalWritten = progress.FirstTotal.IsCompleted;
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                try
                {
                    await BeatAsync(stop);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One missed beat is harmless; many make the run look dead, and the sweep takes over.
                    worker.LogHeartbeatFailed(ex, runId);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }

        public async Task FlushOutcomesAsync(CancellationToken cancellationToken)
        {
            var outcomes = progress.TakeOutcomes();
            if (outcomes.Count == 0 || LostOwnership)
            {
                return;
            }

            await using var scope = worker.scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
            foreach (var outcome in outcomes)
            {
                outcome.ImportRunId = runId;
            }

            db.ImportFileOutcomes.AddRange(outcomes);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                // A beat cut short when the run ends (or a failed save) must not lose report lines: the
                // last flush after the run stores them. Without this a short run's report missed failures.
                progress.PutBack(outcomes);
                throw;
            }
        }

        private async Task BeatAsync(CancellationToken cancellationToken)
        {
            await FlushOutcomesAsync(cancellationToken);
            await using var scope = worker.scopes.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<ImportQueue>();
            switch (await queue.HeartbeatAsync(runId, worker.WorkerId, progress.Snapshot(), cancellationToken))
            {
                case null:
                    LostOwnership = true;
                    await runCancellation.CancelAsync();
                    break;
                case true when !runCancellation.IsCancellationRequested:
                    worker.LogCancelRequested(runId);
                    await runCancellation.CancelAsync();
                    break;
                default:
                    break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import run {ImportRunId} started: {Kind} of {Folder} (recursive {Recursive}, dry run {DryRun})")]
    private partial void LogRunStarted(long importRunId, ImportRunKind kind, string folder, bool recursive, bool dryRun);

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancel requested for import run {ImportRunId}")]
    private partial void LogCancelRequested(long importRunId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Heartbeat of import run {ImportRunId} failed")]
    private partial void LogHeartbeatFailed(Exception exception, long importRunId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import worker {WorkerId} failed; retrying")]
    private partial void LogWorkerError(Exception exception, string workerId);
}
