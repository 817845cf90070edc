using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Sources;

/// <summary>
/// Hands due sources to schedulers so that, however many app instances run, each source is polled once per
/// period: a scheduler leases a due source with <c>SELECT … FOR UPDATE SKIP LOCKED</c>, and holds it until its
/// poll ends or the lease expires (its instance died). A leased source is not due for anyone else.
/// </summary>
public static class SourceLeases
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> enabled sources whose time has come and that nobody holds, to
    /// <paramref name="owner"/> for <paramref name="leaseFor"/>. Times are the database's, the one clock every instance shares.
    /// </summary>
    public static Task<List<Source>> ClaimDueAsync(NewsHubDbContext db, string owner, TimeSpan leaseFor, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Not composable (UPDATE … RETURNING): EF Core runs it as written, without wrapping it in a SELECT.
        return db.Sources.FromSql($"""
            UPDATE sources
               SET lease_owner = {owner}, lease_expires_at = now() + {leaseFor}
             WHERE id IN (SELECT id FROM sources
                           WHERE enabled AND next_run_at <= now()
                             AND (lease_expires_at IS NULL OR lease_expires_at < now())
                           ORDER BY next_run_at, id
                           LIMIT {limit}
                           FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>Records that <paramref name="owner"/> queued the poll of a leased source as run <paramref name="runId"/>, due again at <paramref name="nextRunAt"/>.</summary>
    public static Task<int> ScheduledAsync(NewsHubDbContext db, long sourceId, string owner, long runId, DateTimeOffset nextRunAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sources.Where(s => s.Id == sourceId && s.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.NextRunAt, nextRunAt).SetProperty(s => s.LastRunId, runId), cancellationToken);
    }

    /// <summary>Gives a source back without a poll (its poll was cancelled, or could not be queued).</summary>
    public static Task<int> ReleaseAsync(NewsHubDbContext db, long sourceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sources.Where(s => s.Id == sourceId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LeaseOwner, (string?)null).SetProperty(s => s.LeaseExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Makes a source due now: "fetch now", or a change its folder watcher saw. Does not wait out a back-off's lease.</summary>
    public static Task<int> DueNowAsync(NewsHubDbContext db, long sourceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync($"UPDATE sources SET next_run_at = now() WHERE id = {sourceId} AND next_run_at > now()", cancellationToken);
    }
}
