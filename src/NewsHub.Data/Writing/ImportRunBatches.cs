using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Writing;

/// <summary>
/// The files of a shared folder run (<c>import_run_batches</c>), cut into batches that any app instance claims with
/// <c>FOR UPDATE SKIP LOCKED</c> and a lease: a batch whose instance died is claimed again once its lease has expired,
/// and a batch is done, with its report lines, in one transaction that only its current lease holder can commit, so
/// no file is lost and none is reported twice.
/// </summary>
public static class ImportRunBatches
{
    /// <summary>Cuts <paramref name="paths"/> into batches of <paramref name="batchSize"/> for run <paramref name="runId"/>.</summary>
    public static async Task AddAsync(NewsHubDbContext db, long runId, IReadOnlyList<string> paths, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        // One statement: the paths go as one array and are cut into batches by their position in it.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO import_run_batches (import_run_id, batch_no, paths)
            SELECT {runId}, batch_no, array_agg(path ORDER BY n)
              FROM (SELECT path, n, ((n - 1) / {batchSize})::int AS batch_no
                      FROM unnest({paths.ToArray()}::text[]) WITH ORDINALITY AS p(path, n)) AS numbered
             GROUP BY batch_no
            """, cancellationToken);
    }

    /// <summary>
    /// Leases the next batch nobody holds (never leased, or its lease expired) of run <paramref name="runId"/>, or of
    /// any running run when it is null; null when there is none. Only batches of runs still running are handed out.
    /// </summary>
    public static async Task<ClaimedBatch?> ClaimAsync(NewsHubDbContext db, long? runId, string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var claimed = await db.Database.SqlQuery<ClaimedBatch>($"""
            UPDATE import_run_batches AS b
               SET lease_owner = {worker}, lease_expires_at = now() + {lease}, claims = b.claims + 1
             WHERE b.id = (SELECT c.id
                             FROM import_run_batches AS c
                             JOIN import_runs AS r ON r.id = c.import_run_id
                            WHERE c.done_at IS NULL
                              AND (c.lease_expires_at IS NULL OR c.lease_expires_at < now())
                              AND r.status = 'Running'
                              AND ({runId}::bigint IS NULL OR c.import_run_id = {runId}::bigint)
                            ORDER BY c.import_run_id, c.batch_no
                            LIMIT 1
                              FOR UPDATE OF c SKIP LOCKED)
            RETURNING b.id, b.import_run_id AS run_id, b.batch_no, b.paths, b.claims
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    /// <summary>Extends the lease of a batch <paramref name="worker"/> still holds; false when it lost it.</summary>
    public static async Task<bool> RenewAsync(NewsHubDbContext db, long batchId, string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.ExecuteSqlAsync($"""
            UPDATE import_run_batches SET lease_expires_at = now() + {lease}
             WHERE id = {batchId} AND lease_owner = {worker} AND done_at IS NULL
            """, cancellationToken) == 1;
    }

    /// <summary>Gives a batch back at once (its instance is stopping), so another takes it without waiting for the lease.</summary>
    public static Task ReleaseAsync(NewsHubDbContext db, long batchId, string worker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync($"""
            UPDATE import_run_batches SET lease_expires_at = NULL
             WHERE id = {batchId} AND lease_owner = {worker} AND done_at IS NULL
            """, cancellationToken);
    }

    /// <summary>
    /// Marks a batch done and adds its report lines, in one transaction, if <paramref name="worker"/> still holds it;
    /// false when its lease had expired and another instance took it (which then reports those files itself).
    /// </summary>
    public static async Task<bool> CompleteAsync(
        NewsHubDbContext db, long batchId, string worker, IReadOnlyCollection<ImportFileOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var runIds = await db.Database.SqlQuery<long>($"""
            UPDATE import_run_batches SET done_at = now(), lease_expires_at = NULL
             WHERE id = {batchId} AND lease_owner = {worker} AND done_at IS NULL
            RETURNING import_run_id AS "Value"
            """).ToListAsync(cancellationToken);
        if (runIds.Count == 0)
        {
            return false;
        }

        await ImportFileOutcomeRows.CopyAsync(db, runIds[0], outcomes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>How many batches of the run are not done yet (held by someone or waiting).</summary>
    public static Task<int> PendingAsync(NewsHubDbContext db, long runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM import_run_batches WHERE import_run_id = {runId} AND done_at IS NULL
            """).SingleAsync(cancellationToken);
    }

    /// <summary>How many report lines of the run have each outcome, whoever wrote them.</summary>
    public static async Task<IReadOnlyDictionary<FileOutcome, int>> OutcomeCountsAsync(NewsHubDbContext db, long runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = await db.ImportFileOutcomes.Where(o => o.ImportRunId == runId)
            .GroupBy(o => o.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }
}

/// <summary>A batch leased to one instance: its files, and how many times it has been claimed (more than once after a crash).</summary>
public sealed record ClaimedBatch(long Id, long RunId, int BatchNo, string[] Paths, int Claims);
