using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace NewsHub.Data.Writing;

/// <summary>
/// Records an import started from the command line in <c>import_runs</c>, with one
/// <c>import_file_outcomes</c> row per file, so it shows in the admin history like a queued run.
/// </summary>
public static class ImportRunRecorder
{
    /// <summary>Creates the run, already running; returns its id.</summary>
    public static async Task<long> StartAsync(
        NewsHubDbContext db, ImportRunKind kind, string folder, bool recursive, bool dryRun, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var run = new ImportRun
        {
            Kind = kind,
            Folder = folder,
            Recursive = recursive,
            DryRun = dryRun,
            Status = ImportRunStatus.Running,
            RequestedAt = now,
            StartedAt = now,
            HeartbeatAt = now,
            WorkerId = $"cli:{Environment.MachineName}:{Environment.ProcessId}",
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    /// <summary>Stores the outcome of every file and closes the run with its counts.</summary>
    public static async Task FinishAsync(
        NewsHubDbContext db, long runId, ImportRunStatus status, string? error, IReadOnlyCollection<ImportFileOutcome> outcomes,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(outcomes);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CopyOutcomesAsync(db, runId, outcomes, cancellationToken);

        int Count(FileOutcome outcome) => outcomes.Count(o => o.Outcome == outcome);
        var run = await db.ImportRuns.SingleAsync(r => r.Id == runId, cancellationToken);
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
