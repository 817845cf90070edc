namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// The settings of the import service, for the web host and the command line alike: how runs prove they are alive
/// (section <c>Imports</c>) and how the pipeline reads and stores files (section <c>Import</c>, as
/// <see cref="Pipeline"/>). Checked by <see cref="ImportServiceOptionsValidator"/> when the app starts, or when a
/// command first needs them.
/// </summary>
public sealed class ImportServiceOptions
{
    /// <summary>The configuration section of the run settings.</summary>
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

    /// <summary>
    /// Files per batch of a shared folder run: when above zero, a folder import is cut into batches that every
    /// instance on the database claims (<c>import_run_batches</c>), so several instances share one big import.
    /// Zero (the default) runs each folder import on the instance that claimed it, as before.
    /// </summary>
    public int BatchSize { get; set; }

    /// <summary>
    /// How long a claimed batch stays an instance's without renewal (renewed every third of it while the batch runs);
    /// a batch whose instance died is claimed again after this.
    /// </summary>
    public TimeSpan BatchLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How files are read, analysed and stored (section <c>Import</c>).</summary>
    public ImportOptions Pipeline { get; set; } = new();
}
