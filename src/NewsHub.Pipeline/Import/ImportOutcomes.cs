namespace NewsHub.Pipeline.Import;

/// <summary>What the import did with one file.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Error">For a failure: the file and the reason, in words a person can act on.</param>
/// <param name="ArticleId">The article holding the file's content; null for failures and dry runs of new content.</param>
/// <param name="Failure">For a failure: its kind and detail without the path, for reports that say it in the reader's language.</param>
public sealed record ImportFileResult(string Path, FileOutcome Outcome, string? Error = null, long? ArticleId = null, FileFailure? Failure = null)
{
    /// <summary>What the run's report keeps of the failure: its kind when known, so the page can put it in words.</summary>
    public string? StoredError => Failure?.ToStored() ?? Error;
}

/// <summary>The result of importing a folder.</summary>
/// <param name="Folder">The folder, absolute.</param>
/// <param name="Files">One result per file found, plus one per known file no longer there (<see cref="FileOutcome.Missing"/>).</param>
public sealed record ImportSummary(string Folder, bool DryRun, IReadOnlyList<ImportFileResult> Files, TimeSpan Elapsed)
{
    /// <summary>How many files had <paramref name="outcome"/>.</summary>
    public int Count(FileOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    /// <summary>The files that failed, with their reasons, in path order.</summary>
    public IReadOnlyList<ImportFileResult> Failures => [.. Files.Where(f => f.Outcome == FileOutcome.Failed).OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>True when any file failed: the command then ends with a non-zero exit code.</summary>
    public bool HasFailures => Files.Any(f => f.Outcome == FileOutcome.Failed);
}

/// <summary>
/// Follows an import as it goes, for progress bars and the admin page. Called from several threads;
/// implementations must be thread-safe and quick.
/// </summary>
public interface IImportObserver
{
    /// <summary>
    /// The import found <paramref name="total"/> files to look at: called with the count so far while a
    /// large folder is listed, then once with the total.
    /// </summary>
    void FilesFound(int total);

    /// <summary>The import started on a file.</summary>
    void FileStarted(string path);

    /// <summary>The import is done with a file (or found a known file missing).</summary>
    void FileFinished(ImportFileResult result);
}
