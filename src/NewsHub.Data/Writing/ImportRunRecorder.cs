using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace NewsHub.Data.Writing;

/// <summary>
/// Records an import started from the command line in <c>import_runs</c>, with one
/// <c>import_file_outcomes</c> row per file, so it shows in the admin history like a queued run. It
/// keeps the rules the web host's queue keeps: one active run per folder (under the same advisory lock),
/// and a heartbeat while it runs, so that no web instance takes it for dead and runs it a second time.
/// </summary>
public static class ImportRunRecorder
{
    private static readonly ImportRunStatus[] ActiveStatuses = [ImportRunStatus.Queued, ImportRunStatus.Running];

    /// <summary>
    /// Creates the run, already running, unless another run of the folder is queued or running; returns its id.
    /// </summary>
    /// <exception cref="ImportFolderBusyException">Another run of <paramref name="folder"/> is queued or running.</exception>
    /// <param name="sourceId">The watched folder or feed whose poll this is, if any.</param>
    public static async Task<long> StartAsync(
        NewsHubDbContext db, ImportRunKind kind, string folder, bool recursive, bool dryRun, DateTimeOffset now, CancellationToken cancellationToken, long? sourceId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockFolderAsync(db, folder, cancellationToken);
        var active = await db.ImportRuns.AsNoTracking()
            .Where(r => r.Folder == folder && ActiveStatuses.Contains(r.Status))
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Status, r.WorkerId })
            .FirstOrDefaultAsync(cancellationToken);
        if (active is not null)
        {
            throw new ImportFolderBusyException(folder, active.Id, active.Status, active.WorkerId);
        }

        var run = new ImportRun
        {
            Kind = kind,
            Folder = folder,
            SourceId = sourceId,
            Recursive = recursive,
            DryRun = dryRun,
            Status = ImportRunStatus.Running,
            RequestedAt = now,
            StartedAt = now,
            HeartbeatAt = now,
            WorkerId = CommandLineWorkerId,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run.Id;
    }

    /// <summary>How a command-line import names itself in <c>import_runs.worker_id</c>.</summary>
    public static string CommandLineWorkerId => $"cli:{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// Serialises the start of runs of one folder, across processes, for the rest of the transaction: the
    /// web queue and the command line take the same lock before they look for an active run.
    /// </summary>
    public static async Task LockFolderAsync(NewsHubDbContext db, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"import_runs:" + folder}, 0))", cancellationToken);
    }

    /// <summary>
    /// Proves a running run alive and shows its progress: writes the heartbeat and counts, and reads whether an
    /// admin asked it to stop. The one heartbeat of every run, whether the web host's worker or the command line
    /// runs it. Null when the run is no longer <paramref name="workerId"/>'s (another instance took it for dead
    /// and queued it again), in which case the import must stop at once.
    /// </summary>
    public static async Task<bool?> HeartbeatAsync(NewsHubDbContext db, long runId, string workerId, ImportRunCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(counts);
        var rows = await db.Database.SqlQuery<bool>($"""
            UPDATE import_runs
               SET heartbeat_at = now(), total_files = {counts.TotalFiles}, files_done = {counts.FilesDone},
                   current_file = {counts.CurrentFile},
                   new_count = {counts.New}, changed_count = {counts.Changed}, unchanged_count = {counts.Unchanged},
                   duplicate_count = {counts.Duplicate}, failed_count = {counts.Failed}, missing_count = {counts.Missing}
             WHERE id = {runId} AND worker_id = {workerId} AND status = 'Running'
            RETURNING cancel_requested AS "Value"
            """).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Stores the outcome of every file and closes the run with its counts.</summary>
    public static async Task FinishAsync(
        NewsHubDbContext db, long runId, ImportRunStatus status, string? error, IReadOnlyCollection<ImportFileOutcome> outcomes,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(outcomes);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = await db.ImportRuns.FromSql($"SELECT * FROM import_runs WHERE id = {runId} FOR UPDATE").SingleAsync(cancellationToken);
        if (run.Status != ImportRunStatus.Running || run.WorkerId != CommandLineWorkerId)
        {
            // Another instance took the run for dead and queued it again: its record of the run stands.
            return;
        }

        await CopyOutcomesAsync(db, runId, outcomes, cancellationToken);

        int Count(FileOutcome outcome) => outcomes.Count(o => o.Outcome == outcome);
        run.Status = status;
        run.Error = error;
        run.FinishedAt = now;
        run.HeartbeatAt = now;
        run.CurrentFile = null;
        run.TotalFiles = outcomes.Count(o => o.Outcome != FileOutcome.Missing);
        run.FilesDone = run.TotalFiles;
        run.NewCount = Count(FileOutcome.New);
        run.ChangedCount = Count(FileOutcome.Changed);
        run.UnchangedCount = Count(FileOutcome.Unchanged);
        run.DuplicateCount = Count(FileOutcome.Duplicate);
        run.FailedCount = Count(FileOutcome.Failed);
        run.MissingCount = Count(FileOutcome.Missing);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Binary COPY: a re-import of ten thousand unchanged files records ten thousand outcomes, which
    /// row-by-row inserts would make the slowest part of it.
    /// </summary>
    private static async Task CopyOutcomesAsync(NewsHubDbContext db, long runId, IReadOnlyCollection<ImportFileOutcome> outcomes, CancellationToken cancellationToken)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        await using var importer = await BinaryCopy.BeginAsync<ImportFileOutcome>(
            db,
            [nameof(ImportFileOutcome.ImportRunId), nameof(ImportFileOutcome.Path), nameof(ImportFileOutcome.Outcome), nameof(ImportFileOutcome.Error), nameof(ImportFileOutcome.ArticleId)],
            cancellationToken);
        foreach (var outcome in outcomes)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(runId, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(outcome.Path, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(outcome.Outcome.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(importer, outcome.Error, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, outcome.ArticleId, NpgsqlDbType.Bigint, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await importer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await importer.WriteAsync(value, type, cancellationToken);
        }
    }
}

/// <summary>How far a run has come, as its heartbeat writes it.</summary>
public sealed record ImportRunCounts(
    int TotalFiles, int FilesDone, string? CurrentFile, int New, int Changed, int Unchanged, int Duplicate, int Failed, int Missing);

/// <summary>A run of the folder is already queued or running: a second one would import the same files at once.</summary>
public sealed class ImportFolderBusyException(string folder, long runId, ImportRunStatus status, string? workerId)
    : Exception($"{folder} is already being imported: run {runId} is {status.ToString().ToLowerInvariant()}" +
                (workerId is null ? "" : $" by {workerId}") + ". Wait for it to end, or cancel it on the admin page /Admin/Imports/" + runId + ".")
{
    /// <summary>The run that holds the folder.</summary>
    public long RunId { get; } = runId;
}
