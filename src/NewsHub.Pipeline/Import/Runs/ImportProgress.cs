using NewsHub.Data.Entities;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// The live state of one run, fed by the import as it goes (from any thread) and read by the run's
/// heartbeat, which writes it to <c>import_runs</c> for the progress page. As an <see cref="IImportObserver"/> it
/// hears a folder import or a feed poll directly, and passes each event on to <paramref name="listener"/> (a
/// command line's progress bar and summary).
/// </summary>
public sealed class ImportProgress(IImportObserver? listener = null) : IImportObserver
{
    private readonly Lock gate = new();
    private readonly List<ImportFileOutcome> pendingOutcomes = [];
    private int totalFiles;
    private int filesDone;
    private string? currentFile;
    private readonly int[] counts = new int[Enum.GetValues<FileOutcome>().Length];
    private readonly TaskCompletionSource firstTotal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes when the import first says how many files it found (so far), for the heartbeat to write
    /// it at once: a page that shows "0 / 0" until the next beat tells the admin nothing.
    /// </summary>
    public Task FirstTotal => firstTotal.Task;

    /// <summary>The import found <paramref name="total"/> files to look at (so far, while it still lists them).</summary>
    public void SetTotal(int total)
    {
        lock (gate)
        {
            totalFiles = total;
        }

        firstTotal.TrySetResult();
    }

    /// <summary>The import started on <paramref name="path"/>.</summary>
    public void Starting(string path)
    {
        lock (gate)
        {
            currentFile = path;
        }
    }

    /// <summary>
    /// The import finished with one file (or found one missing). Missing files count in the report
    /// but not in "files done", which counts files read from the folder.
    /// </summary>
    public void Finished(string path, FileOutcome outcome, string? error, long? articleId)
    {
        lock (gate)
        {
            counts[(int)outcome]++;
            if (outcome != FileOutcome.Missing)
            {
                filesDone++;
            }

            pendingOutcomes.Add(new ImportFileOutcome { Path = path, Outcome = outcome, Error = error, ArticleId = articleId });
        }
    }

    /// <summary>Counts one item done with <paramref name="outcome"/> without a report line (re-tag: the unchanged articles).</summary>
    public void Count(FileOutcome outcome)
    {
        lock (gate)
        {
            counts[(int)outcome]++;
            filesDone++;
        }
    }

    /// <summary>
    /// Counts a file done whose report line is written elsewhere (with its batch, in a shared run), and tells the
    /// listener of it.
    /// </summary>
    public void Reported(ImportFileResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Count(result.Outcome, 1);
        listener?.FileFinished(result);
    }

    /// <summary>Counts <paramref name="count"/> items done with <paramref name="outcome"/> whose report lines are written elsewhere (a batch of a shared run).</summary>
    public void Count(FileOutcome outcome, int count)
    {
        lock (gate)
        {
            counts[(int)outcome] += count;
            if (outcome != FileOutcome.Missing)
            {
                filesDone += count;
            }
        }
    }

    /// <summary>Adds a line to the report that is not a file and is not counted (re-tag: a company whose mentions changed).</summary>
    public void Note(string text, FileOutcome outcome)
    {
        lock (gate)
        {
            pendingOutcomes.Add(new ImportFileOutcome { Path = text, Outcome = outcome });
        }
    }

    void IImportObserver.FilesFound(int total)
    {
        SetTotal(total);
        listener?.FilesFound(total);
    }

    void IImportObserver.FileStarted(string path)
    {
        Starting(path);
        listener?.FileStarted(path);
    }

    void IImportObserver.FileFinished(ImportFileResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Finished(result.Path, result.Outcome, result.StoredError, result.ArticleId);
        listener?.FileFinished(result);
    }

    /// <summary>Counts as they stand now.</summary>
    public ImportProgressSnapshot Snapshot()
    {
        lock (gate)
        {
            return new ImportProgressSnapshot(
                totalFiles, filesDone, currentFile,
                counts[(int)FileOutcome.New], counts[(int)FileOutcome.Changed], counts[(int)FileOutcome.Unchanged],
                counts[(int)FileOutcome.Duplicate], counts[(int)FileOutcome.Failed], counts[(int)FileOutcome.Missing]);
        }
    }

    /// <summary>Gives back outcomes taken but not stored, as fresh rows, for the next call of <see cref="TakeOutcomes"/>.</summary>
    public void PutBack(IEnumerable<ImportFileOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        lock (gate)
        {
            pendingOutcomes.InsertRange(0, outcomes.Select(o => new ImportFileOutcome { Path = o.Path, Outcome = o.Outcome, Error = o.Error, ArticleId = o.ArticleId }));
        }
    }

    /// <summary>The per-file outcomes recorded since the last call, for the worker to store.</summary>
    public IReadOnlyList<ImportFileOutcome> TakeOutcomes()
    {
        lock (gate)
        {
            var taken = pendingOutcomes.ToList();
            pendingOutcomes.Clear();
            return taken;
        }
    }
}

/// <summary>Counts of a run at one moment, as written to <c>import_runs</c>.</summary>
public sealed record ImportProgressSnapshot(
    int TotalFiles, int FilesDone, string? CurrentFile,
    int New, int Changed, int Unchanged, int Duplicate, int Failed, int Missing);
