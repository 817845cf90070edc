namespace NewsHub.Data.Entities;

/// <summary>One import of a folder (or a re-tag of stored articles), with its counts and per-file outcomes.</summary>
public class ImportRun
{
    public long Id { get; set; }

    public ImportRunKind Kind { get; set; }

    /// <summary>The folder imported, or the feed polled (its locator); empty for a re-tag.</summary>
    public required string Folder { get; set; }

    /// <summary>The source whose poll this run is; null for a run started by hand.</summary>
    public long? SourceId { get; set; }

    public bool Recursive { get; set; }

    public bool DryRun { get; set; }

    public ImportRunStatus Status { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Last sign of life of the worker that runs it, so a dead worker's run can be called interrupted.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    public string? WorkerId { get; set; }

    public bool CancelRequested { get; set; }

    public int TotalFiles { get; set; }

    public int FilesDone { get; set; }

    public string? CurrentFile { get; set; }

    public int NewCount { get; set; }

    public int ChangedCount { get; set; }

    public int UnchangedCount { get; set; }

    public int DuplicateCount { get; set; }

    public int FailedCount { get; set; }

    public int MissingCount { get; set; }

    public string? Error { get; set; }

    public List<ImportFileOutcome> Files { get; set; } = [];
}
