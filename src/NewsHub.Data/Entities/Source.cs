namespace NewsHub.Data.Entities;

/// <summary>
/// A place news comes from by itself: a watched folder or a subscribed feed, polled on its schedule.
/// A source is (kind, locator); its health fields say what its last polls did.
/// </summary>
public class Source
{
    public long Id { get; set; }

    /// <summary>What a person calls it; unique.</summary>
    public required string Name { get; set; }

    public SourceKind Kind { get; set; }

    /// <summary>A folder's full path, or a feed's http(s) URL or local file path; unique per kind.</summary>
    public required string Locator { get; set; }

    /// <summary>When it is polled: an interval (<c>15m</c>, <c>1h</c>, <c>00:30:00</c>) or a cron expression; see <c>SourceSchedule</c>.</summary>
    public required string Schedule { get; set; }

    /// <summary>For a folder: also the folders below it.</summary>
    public bool Recursive { get; set; }

    /// <summary>False while paused: the scheduler and the folder watcher leave it alone.</summary>
    public bool Enabled { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it is due next; the scheduler claims it once this has passed.</summary>
    public DateTimeOffset NextRunAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    /// <summary>Why the last poll failed, in words a person can act on; null after a success.</summary>
    public string? LastError { get; set; }

    /// <summary>Polls failed in a row; each one doubles the wait before the next (back-off), up to a limit.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Items (files or feed entries) the last successful poll looked at.</summary>
    public int ItemsSeen { get; set; }

    /// <summary>Of those, items that became new articles.</summary>
    public int ItemsNew { get; set; }

    /// <summary>The import run of the last poll, for the health line's link to its report.</summary>
    public long? LastRunId { get; set; }

    /// <summary>The feed's validator from its last answer, sent back as <c>If-None-Match</c>.</summary>
    public string? ETag { get; set; }

    /// <summary>The feed's <c>Last-Modified</c> from its last answer, sent back as <c>If-Modified-Since</c>.</summary>
    public DateTimeOffset? LastModified { get; set; }

    /// <summary>The instance whose scheduler holds the source while its poll runs.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>
    /// Until when <see cref="LeaseOwner"/> holds it: a poll whose instance died is taken up again by another after this.
    /// </summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }
}
