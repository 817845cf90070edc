namespace NewsHub.Web.Sources;

/// <summary>The <c>Sources</c> configuration section: how this instance schedules and watches sources.</summary>
public sealed class SourceSchedulerOptions
{
    public const string SectionName = "Sources";

    /// <summary>False on instances that should leave polling to others (they still show and edit sources).</summary>
    public bool RunScheduler { get; set; } = true;

    /// <summary>
    /// How often the scheduler looks for due sources, and the watcher for sources added, changed or removed
    /// elsewhere (the command line, another instance): the longest a change waits to be seen without a restart.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a scheduler holds a source it queued a poll of. Another instance takes the source up after this
    /// if the poll never ended (its instance died); longer than any poll should take.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a watched folder must be quiet before its changes are imported: a crawler writing many files
    /// (or one file in many writes) causes one import, not one per event.
    /// </summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Sources leased in one go.</summary>
    public int BatchSize { get; set; } = 20;
}
