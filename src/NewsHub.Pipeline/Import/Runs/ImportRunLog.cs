using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// The one log of import runs (folder imports, re-extracts, feed polls, re-tags), kept in <c>import_runs</c> so that
/// every app instance and every command line shares it: runs are queued or started under a per-folder lock (one
/// active run per folder), claimed with <c>SELECT … FOR UPDATE SKIP LOCKED</c>, kept alive by a heartbeat that also
/// reads cancel requests, finished with their counts, and a run whose worker stopped beating is marked interrupted
/// and queued again. The web host's worker and <c>newshub import</c> both go through it.
/// </summary>
public sealed class ImportRunLog(NewsHubDbContext db, ImportQueueSignal signal, TimeProvider clock)
{
    private static readonly ImportRunStatus[] ActiveStatuses = [ImportRunStatus.Queued, ImportRunStatus.Running];

    /// <summary>
    /// Queues a run, unless one is already queued or running for the same folder (one run per folder
    /// at a time; all re-tags share the empty folder). Concurrent requests for a folder are serialised
    /// by a transaction-scoped advisory lock on the folder's name.
    /// </summary>
    public Task<EnqueueResult> EnqueueAsync(ImportRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return EnqueueUnlessAsync(request, ActiveStatuses, cancellationToken);
    }

    /// <summary>
    /// Queues a re-tag of every stored article that reads the catalog as it is now, after a change to it (a review
    /// decision): a re-tag already queued will, since it has not started, so it is returned instead; one already
    /// running may have read the catalog before the change, so a new one is queued behind it.
    /// </summary>
    public Task<EnqueueResult> EnqueueRetagAfterChangeAsync(CancellationToken cancellationToken) =>
        EnqueueUnlessAsync(ImportRunRequest.Retag(), [ImportRunStatus.Queued], cancellationToken);

    /// <summary>
    /// Creates a run already claimed by <paramref name="workerId"/> (a command line that runs it itself), under the
    /// same per-folder lock as <see cref="EnqueueAsync"/>, unless another run of the folder is queued or running.
    /// </summary>
    /// <exception cref="ImportFolderBusyException">Another run of the folder is queued or running.</exception>
    public async Task<long> StartAsync(ImportRunRequest request, string workerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await InTransactionAsync(async ct =>
        {
            await LockFolderAsync(request.Folder, ct);
            var active = await db.ImportRuns.AsNoTracking()
                .Where(r => r.Folder == request.Folder && ActiveStatuses.Contains(r.Status))
                .OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Status, r.WorkerId })
                .FirstOrDefaultAsync(ct);
            if (active is not null)
            {
                return (Run: (ImportRun?)null, Busy: new ImportFolderBusyException(request.Folder, active.Id, active.Status, active.WorkerId));
            }

            var run = NewRun(request);
            run.Status = ImportRunStatus.Running;
            run.StartedAt = run.RequestedAt;
            run.HeartbeatAt = run.RequestedAt;
            run.WorkerId = workerId;
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(ct);
            return (Run: run, Busy: (ImportFolderBusyException?)null);
        }, cancellationToken);

        return result.Run?.Id ?? throw result.Busy!;
    }

    private async Task<EnqueueResult> EnqueueUnlessAsync(ImportRunRequest request, ImportRunStatus[] activeStatuses, CancellationToken cancellationToken)
    {
        var result = await InTransactionAsync(async ct =>
        {
            await LockFolderAsync(request.Folder, ct);
            var active = await db.ImportRuns.AsNoTracking()
                .Where(r => r.Folder == request.Folder && activeStatuses.Contains(r.Status))
                .OrderBy(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
            if (active is { } activeId)
            {
                return new EnqueueResult(activeId, AlreadyActive: true);
            }

            var run = NewRun(request);
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(ct);
            return new EnqueueResult(run.Id, AlreadyActive: false);
        }, cancellationToken);

        if (!result.AlreadyActive)
        {
            signal.Notify();
        }

        return result;
    }

    /// <summary>
    /// Takes the oldest queued run for <paramref name="workerId"/> and marks it running, or returns null.
    /// SKIP LOCKED lets several instances claim at once without waiting on, or taking, the same row.
    /// </summary>
    public async Task<long?> ClaimNextAsync(string workerId, CancellationToken cancellationToken)
    {
        var claimed = await db.Database.SqlQuery<long>($"""
            UPDATE import_runs
               SET status = 'Running', started_at = now(), heartbeat_at = now(), worker_id = {workerId}
             WHERE id = (SELECT id FROM import_runs
                          WHERE status = 'Queued'
                          ORDER BY requested_at, id
                          LIMIT 1
                          FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    /// <summary>
    /// Proves a running run alive and shows its progress: writes the heartbeat and counts, and reads whether an
    /// admin asked it to stop. Null when the run is no longer <paramref name="workerId"/>'s (another instance took it
    /// for dead and queued it again), in which case the run must stop at once.
    /// </summary>
    public async Task<bool?> HeartbeatAsync(long runId, string workerId, ImportProgressSnapshot progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var rows = await db.Database.SqlQuery<bool>($"""
            UPDATE import_runs
               SET heartbeat_at = now(), total_files = {progress.TotalFiles}, files_done = {progress.FilesDone},
                   current_file = {progress.CurrentFile},
                   new_count = {progress.New}, changed_count = {progress.Changed}, unchanged_count = {progress.Unchanged},
                   duplicate_count = {progress.Duplicate}, failed_count = {progress.Failed}, missing_count = {progress.Missing}
             WHERE id = {runId} AND worker_id = {workerId} AND status = 'Running'
            RETURNING cancel_requested AS "Value"
            """).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Adds report lines (one per file, or a note) to a run's report.</summary>
    public Task AppendOutcomesAsync(long runId, IReadOnlyCollection<ImportFileOutcome> outcomes, CancellationToken cancellationToken) =>
        ImportFileOutcomeRows.CopyAsync(db, runId, outcomes, cancellationToken);

    /// <summary>Records the end of a run this worker owns, with its final counts.</summary>
    public async Task<bool> FinishAsync(long runId, string workerId, ImportRunStatus status, ImportProgressSnapshot progress, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var updated = await db.ImportRuns
            .Where(r => r.Id == runId && r.WorkerId == workerId && r.Status == ImportRunStatus.Running)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.FinishedAt, clock.GetUtcNow())
                .SetProperty(r => r.HeartbeatAt, clock.GetUtcNow())
                .SetProperty(r => r.CurrentFile, (string?)null)
                .SetProperty(r => r.TotalFiles, progress.TotalFiles)
                .SetProperty(r => r.FilesDone, progress.FilesDone)
                .SetProperty(r => r.NewCount, progress.New)
                .SetProperty(r => r.ChangedCount, progress.Changed)
                .SetProperty(r => r.UnchangedCount, progress.Unchanged)
                .SetProperty(r => r.DuplicateCount, progress.Duplicate)
                .SetProperty(r => r.FailedCount, progress.Failed)
                .SetProperty(r => r.MissingCount, progress.Missing)
                .SetProperty(r => r.Error, error), cancellationToken);
        return updated == 1;
    }

    /// <summary>
    /// Marks a run this worker owns as interrupted (the app is stopping) and queues it again, so the
    /// next start, here or on another instance, takes it up.
    /// </summary>
    public Task<long?> InterruptAndRequeueAsync(long runId, string workerId, string reason, CancellationToken cancellationToken) =>
        InTransactionAsync(async ct =>
        {
            var run = await db.ImportRuns.FromSql($"SELECT * FROM import_runs WHERE id = {runId} FOR UPDATE").SingleOrDefaultAsync(ct);
            if (run is null || run.Status != ImportRunStatus.Running || run.WorkerId != workerId)
            {
                return (long?)null;
            }

            return await InterruptAsync(run, reason, ct);
        }, cancellationToken);

    /// <summary>
    /// Finds runs left running by a worker that stopped beating for longer than <paramref name="staleAfter"/>
    /// (a killed process, a lost machine), marks them interrupted and queues each again. Rows another
    /// instance is recovering at the same moment are skipped, so a run is re-queued once.
    /// </summary>
    public Task<IReadOnlyList<RecoveredRun>> RecoverStaleAsync(TimeSpan staleAfter, CancellationToken cancellationToken) =>
        InTransactionAsync<IReadOnlyList<RecoveredRun>>(async ct =>
        {
            var stale = await db.ImportRuns.FromSql($"""
                SELECT * FROM import_runs
                 WHERE status = 'Running' AND (heartbeat_at IS NULL OR heartbeat_at < now() - {staleAfter})
                 ORDER BY id
                 FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            var recovered = new List<RecoveredRun>(stale.Count);
            foreach (var run in stale)
            {
                var reason = $"运行它的进程（{run.WorkerId}）在 {run.HeartbeatAt:yyyy-MM-dd HH:mm:ss} UTC 之后失去响应。" +
                             $"The worker {run.WorkerId} stopped answering after {run.HeartbeatAt:O}.";
                recovered.Add(new RecoveredRun(run.Id, await InterruptAsync(run, reason, ct), run.WorkerId));
            }

            return recovered;
        }, cancellationToken);

    /// <summary>
    /// Asks a run to stop: a queued run is cancelled at once, a running one at its worker's next
    /// heartbeat. Returns false when the run has already ended.
    /// </summary>
    public async Task<bool> RequestCancelAsync(long runId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cancelledQueued = await db.ImportRuns
            .Where(r => r.Id == runId && r.Status == ImportRunStatus.Queued)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, ImportRunStatus.Cancelled)
                .SetProperty(r => r.CancelRequested, true)
                .SetProperty(r => r.FinishedAt, now), cancellationToken);
        if (cancelledQueued == 1)
        {
            return true;
        }

        var flagged = await db.ImportRuns
            .Where(r => r.Id == runId && r.Status == ImportRunStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.CancelRequested, true), cancellationToken);
        return flagged == 1;
    }

    private async Task<long> InterruptAsync(ImportRun run, string reason, CancellationToken cancellationToken)
    {
        await LockFolderAsync(run.Folder, cancellationToken);
        var retry = NewRun(new ImportRunRequest(run.Kind, run.Folder, run.Recursive, run.DryRun, run.SourceId));
        db.ImportRuns.Add(retry);
        await db.SaveChangesAsync(cancellationToken);

        run.Status = ImportRunStatus.Interrupted;
        run.FinishedAt = clock.GetUtcNow();
        run.CurrentFile = null;
        // A cancel asked of the dead run is not carried over: the admin wanted that work stopped.
        if (run.CancelRequested)
        {
            retry.Status = ImportRunStatus.Cancelled;
            retry.FinishedAt = run.FinishedAt;
            retry.CancelRequested = true;
        }

        run.Error = $"{reason} 已重新排队为第 {retry.Id} 次运行。Queued again as run #{retry.Id}.";
        await db.SaveChangesAsync(cancellationToken);
        return retry.Id;
    }

    private ImportRun NewRun(ImportRunRequest request) => new()
    {
        Kind = request.Kind,
        Folder = request.Folder,
        SourceId = request.SourceId,
        Recursive = request.Recursive,
        DryRun = request.DryRun,
        Status = ImportRunStatus.Queued,
        RequestedAt = clock.GetUtcNow(),
    };

    /// <summary>
    /// Serialises the start of runs of one folder, across processes, for the rest of the transaction: every way a
    /// run begins (queued, started here, re-queued after a crash) takes it before it looks for an active run.
    /// </summary>
    private async Task LockFolderAsync(string folder, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"import_runs:" + folder}, 0))", cancellationToken);

    private Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
}

/// <summary>A run found dead (<see cref="InterruptedRunId"/>) and the run queued in its place.</summary>
public sealed record RecoveredRun(long InterruptedRunId, long RequeuedRunId, string? DeadWorkerId);

/// <summary>A run of the folder is already queued or running: a second one would import the same files at once.</summary>
public sealed class ImportFolderBusyException(string folder, long runId, ImportRunStatus status, string? workerId)
    : Exception($"{folder} is already being imported: run {runId} is {status.ToString().ToLowerInvariant()}" +
                (workerId is null ? "" : $" by {workerId}") + ". Wait for it to end, or cancel it on the admin page /Admin/Imports/" + runId + ".")
{
    /// <summary>The run that holds the folder.</summary>
    public long RunId { get; } = runId;
}
