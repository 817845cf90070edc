namespace NewsHub.Web.Imports;

/// <summary>The <c>Imports</c> configuration section: how the background worker polls and proves it is alive.</summary>
public sealed class ImportWorkerOptions
{
    public const string SectionName = "Imports";

    /// <summary>False on app instances that should serve pages only and leave imports to others.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>How often an idle worker looks for queued runs enqueued by other instances.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a running import writes its heartbeat and progress, and reads a cancel request.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A run whose heartbeat is older than this is taken for dead, marked interrupted and queued again.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Names this worker in <c>import_runs.worker_id</c>; the machine name and process id by default.</summary>
    public string? WorkerName { get; set; }
}
