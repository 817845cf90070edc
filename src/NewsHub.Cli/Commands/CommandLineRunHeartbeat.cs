using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Writing;
using NewsHub.Pipeline.Import;
using Serilog;

namespace NewsHub.Cli.Commands;

/// <summary>
/// Keeps a command-line import's row in <c>import_runs</c> alive while it runs, as the web host's worker
/// does for its runs: every <c>Imports:HeartbeatInterval</c> (the web host's setting, 2 s by default) it writes the heartbeat and the counts so far (the admin
/// page shows them), and stops the import when an admin cancels the run or another instance has taken it
/// for dead. Without it a web instance beside the CLI marked a long CLI import interrupted after
/// <c>Imports:StaleAfter</c> and queued a second copy of it.
/// </summary>
internal sealed class CommandLineRunHeartbeat : IImportObserver, IAsyncDisposable
{
    /// <summary>The default beat: well under the web host's <c>Imports:StaleAfter</c> (30 s by default).</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(2);

    private readonly IDbContextFactory<NewsHubDbContext> contexts;
    private readonly long runId;
    private readonly IImportObserver? inner;
    private readonly CancellationTokenSource stopImport;
    private readonly CancellationTokenSource stopBeating = new();
    private readonly int[] counts = new int[Enum.GetValues<FileOutcome>().Length];
    private readonly TimeSpan interval;
    private readonly Task beating;
    private int totalFiles;
    private int filesDone;
    private string? currentFile;

    /// <param name="contexts">Connections for the heartbeat.</param>
    /// <param name="runId">The run <see cref="ImportRunRecorder.StartAsync"/> created.</param>
    /// <param name="inner">An observer that hears of every file too (the progress bar).</param>
    /// <param name="stopImport">Cancelled when the import must stop.</param>
    /// <param name="interval">Time between beats.</param>
    public CommandLineRunHeartbeat(
        IDbContextFactory<NewsHubDbContext> contexts, long runId, IImportObserver? inner, CancellationTokenSource stopImport, TimeSpan interval)
    {
        this.interval = interval > TimeSpan.Zero ? interval : DefaultInterval;
        this.contexts = contexts;
        this.runId = runId;
        this.inner = inner;
        this.stopImport = stopImport;
        beating = BeatAsync(stopBeating.Token);
    }

    /// <summary>Why the import was stopped from outside, or null while nobody stopped it.</summary>
    public string? StoppedBecause { get; private set; }

    public void FilesFound(int total)
    {
        Volatile.Write(ref totalFiles, total);
        inner?.FilesFound(total);
    }

    public void FileStarted(string path)
    {
        Volatile.Write(ref currentFile, path);
        inner?.FileStarted(path);
    }

    public void FileFinished(ImportFileResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Interlocked.Increment(ref counts[(int)result.Outcome]);
        if (result.Outcome != FileOutcome.Missing)
        {
            Interlocked.Increment(ref filesDone);
        }

        inner?.FileFinished(result);
    }

    public async ValueTask DisposeAsync()
    {
        await stopBeating.CancelAsync();
        await beating;
        stopBeating.Dispose();
    }

    private ImportRunCounts Counts() => new(
        Volatile.Read(ref totalFiles), Volatile.Read(ref filesDone), Volatile.Read(ref currentFile),
        Volatile.Read(ref counts[(int)FileOutcome.New]), Volatile.Read(ref counts[(int)FileOutcome.Changed]),
        Volatile.Read(ref counts[(int)FileOutcome.Unchanged]), Volatile.Read(ref counts[(int)FileOutcome.Duplicate]),
        Volatile.Read(ref counts[(int)FileOutcome.Failed]), Volatile.Read(ref counts[(int)FileOutcome.Missing]));

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            // The first beat at once: starting the process and the run may already have cost part of StaleAfter.
            do
            {
                bool? cancelRequested;
                try
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    cancelRequested = await ImportRunRecorder.HeartbeatAsync(db, runId, ImportRunRecorder.CommandLineWorkerId, Counts(), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A missed beat is not fatal: the next one may get through well before the run goes stale.
                    Log.Warning(ex, "Import run {RunId}: the heartbeat could not be written", runId);
                    continue;
                }

                if (cancelRequested is null or true)
                {
                    StoppedBecause = cancelRequested is null
                        ? $"import run {runId} was taken over by another instance, which found its heartbeat stale"
                        : $"import run {runId} was cancelled on the admin page";
                    Log.Warning("Stopping: {Reason}", StoppedBecause);
                    await stopImport.CancelAsync();
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The import ended.
        }
    }
}
