namespace NewsHub.Data.Entities;

/// <summary>What an import did with one file.</summary>
public class ImportFileOutcome
{
    public long Id { get; set; }

    public long ImportRunId { get; set; }

    public ImportRun ImportRun { get; set; } = null!;

    public required string Path { get; set; }

    public FileOutcome Outcome { get; set; }

    /// <summary>Why the file failed, in words a person can act on.</summary>
    public string? Error { get; set; }

    public long? ArticleId { get; set; }
}
