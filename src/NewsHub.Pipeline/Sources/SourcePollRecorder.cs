using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Ingestion.Sources;

namespace NewsHub.Pipeline.Sources;

/// <summary>How a poll of a source ended, as its health line shows it.</summary>
/// <param name="RunId">The import run that recorded the poll, for the link to its report.</param>
/// <param name="Error">Why it failed; null when it succeeded.</param>
/// <param name="ItemsSeen">Files or feed items looked at.</param>
/// <param name="ItemsNew">Of those, the ones that became new articles.</param>
/// <param name="Validators">A feed's new <c>ETag</c> and <c>Last-Modified</c>, to send back next time; null to keep the old ones.</param>
public sealed record SourcePollEnd(long? RunId, string? Error, int ItemsSeen, int ItemsNew, (string? ETag, DateTimeOffset? LastModified)? Validators = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Writes the end of a poll into its source's health line and schedule: a success clears the error and the
/// back-off, and leaves the next run where the scheduler put it (or where a folder's watcher moved it while the
/// poll ran); a failure keeps its reason, counts it, and puts the next poll off (<see cref="SourceBackOff"/>).
/// Releases the scheduler's lease. Used by the web host's worker and by <c>newshub sources poll</c> alike.
/// </summary>
public static class SourcePollRecorder
{
    /// <summary>Records <paramref name="end"/> for source <paramref name="sourceId"/>; nothing when the source was deleted meanwhile.</summary>
    public static async Task RecordAsync(NewsHubDbContext db, long sourceId, SourcePollEnd end, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(end);
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return;
        }

        source.LastAttemptAt = now;
        source.LastRunId = end.RunId ?? source.LastRunId;
        source.LeaseOwner = null;
        source.LeaseExpiresAt = null;
        // A schedule made invalid by hand in the database must not stop the health line: poll daily until fixed.
        var period = SourceSchedule.TryParse(source.Schedule, out var schedule, out _) ? schedule!.Period(now) : TimeSpan.FromDays(1);
        if (end.Succeeded)
        {
            source.LastSuccessAt = now;
            source.LastError = null;
            source.ConsecutiveFailures = 0;
            source.ItemsSeen = end.ItemsSeen;
            source.ItemsNew = end.ItemsNew;
            if (end.Validators is var (etag, lastModified))
            {
                source.ETag = etag;
                source.LastModified = lastModified;
            }
        }
        else
        {
            source.LastError = end.Error!.Length > 4000 ? end.Error[..4000] : end.Error;
            source.ConsecutiveFailures++;
            var retryAt = now + SourceBackOff.Delay(period, source.ConsecutiveFailures);
            if (source.NextRunAt < retryAt)
            {
                source.NextRunAt = retryAt;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
