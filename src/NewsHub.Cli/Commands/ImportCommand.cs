using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Pipeline.Import;
using NewsHub.Pipeline.Import.Runs;
using Serilog;
using Spectre.Console;

namespace NewsHub.Cli.Commands;

/// <summary>
/// <c>newshub import &lt;folder&gt; [--recursive] [--dry-run] [--re-extract]</c>: reads every article file of a
/// folder and stores it, one transaction per article; prints what became of each file. Exit code 0 when
/// every file was imported, 1 when any failed, 2 when the import could not run at all, 3 when another run
/// of the folder (from the admin page or another command line) is queued or running.
/// </summary>
internal static class ImportCommand
{
    public const int ExitFilesFailed = 1;
    public const int ExitImportFailed = 2;
    public const int ExitFolderBusy = 3;

    public static Command Create(IConfiguration configuration)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The folder of article files to import." };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Also import the folders below it." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and analyse every file and say what an import would do, without storing anything." };
        var reExtract = new Option<bool>("--re-extract")
        {
            Description = "Also read again the files whose content is unchanged, so that a newer NewsHub's reading, tagging and partnership finding reach the stored articles.",
        };
        var command = new Command("import", "Import a folder of articles (YAML front matter + HTML or Markdown, plain text, space-segmented text).")
        {
            folder,
            recursive,
            dryRun,
            reExtract,
        };
        command.SetAction(async (parseResult, cancellationToken) => (await RunAsync(
            configuration,
            parseResult.GetValue(folder)!.FullName,
            parseResult.GetValue(recursive),
            parseResult.GetValue(dryRun),
            parseResult.GetValue(reExtract),
            sourceId: null,
            cancellationToken)).ExitCode);
        return command;
    }

    /// <summary>
    /// Imports a folder through the import service, as a run of the run log like the admin's (per-folder lock,
    /// heartbeat, Cancel on its admin page): the whole of <c>newshub import</c>, also used by
    /// <c>newshub sources poll</c> for a watched folder (<paramref name="sourceId"/>), so both are one import.
    /// </summary>
    internal static async Task<FolderImportResult> RunAsync(
        IConfiguration configuration, string folder, bool recursive, bool dryRun, bool reExtract, long? sourceId, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            var missing = $"the folder {folder} does not exist.";
            await Console.Error.WriteLineAsync($"newshub import: {missing}");
            return new FolderImportResult(ExitImportFailed, null, null, missing);
        }

        // The run log and its per-folder lock know a folder by its full path without a trailing separator.
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var request = new ImportRunRequest(reExtract ? ImportRunKind.ReExtract : ImportRunKind.Import, folder, recursive, dryRun, sourceId);
        var files = new FileResults();
        var outcome = await RunHereAsync(configuration, request, "import", start => CommandProgress.RunAsync(
            dryRun ? "Dry run" : "Importing",
            "Imported {Done} of {Total} files",
            progress => start(new FileProgress(progress, files))), cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return new FolderImportResult(refusal.ExitCode, refusal.RunId, null, refusal.Message);
        }

        var end = outcome.End!;
        if (end.Status != ImportRunStatus.Succeeded)
        {
            await Console.Error.WriteLineAsync($"newshub import: {end.Error ?? end.Status.ToString()}");
            return new FolderImportResult(ExitImportFailed, end.RunId, null, end.Error ?? end.Status.ToString());
        }

        var summary = new ImportSummary(folder, dryRun, files.Sorted(), files.Elapsed);
        WriteSummary(summary, end);
        return new FolderImportResult(end.Counts.Failed > 0 ? ExitFilesFailed : 0, end.RunId, summary, null);
    }

    /// <summary>
    /// Runs <paramref name="request"/> here through <see cref="ImportService"/>, after the checks a command makes first:
    /// the settings are valid and the company catalog is seeded. <paramref name="run"/> is given the start of the run,
    /// to call with the observer that should hear of each file (inside a progress bar, say); the outcome is the run's
    /// end, or why it could not start.
    /// </summary>
    internal static async Task<RunHereOutcome> RunHereAsync(
        IConfiguration configuration, ImportRunRequest request, string commandName,
        Func<Func<IImportObserver?, Task<ImportRunEnd>>, Task<ImportRunEnd>> run, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(configuration);
        try
        {
            // Read once here so that a wrong setting stops the command before a run is recorded, naming the setting.
            _ = services.GetRequiredService<IOptions<ImportServiceOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"newshub {commandName}: {string.Join(" ", ex.Failures)}");
            return new RunHereOutcome(null, new RunRefusal(ExitImportFailed, null, ex.Message));
        }

        await SeedCatalogIfEmptyAsync(services, cancellationToken);
        var imports = services.GetRequiredService<ImportService>();
        try
        {
            var end = await run(observer => imports.RunHereAsync(request, observer, cancellationToken));
            return new RunHereOutcome(end, null);
        }
        catch (ImportFolderBusyException ex)
        {
            await Console.Error.WriteLineAsync($"newshub {commandName}: {ex.Message}");
            return new RunHereOutcome(null, new RunRefusal(ExitFolderBusy, ex.RunId, ex.Message));
        }
    }

    /// <summary>
    /// Tagging maps names to <c>companies.canonical_name</c>: without a catalog every mention would be skipped, so a
    /// command-line run seeds the shipped catalog into an empty table first.
    /// </summary>
    private static async Task SeedCatalogIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>().CreateDbContextAsync(cancellationToken);
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var seeded = await new CatalogSeeder(db, loggers.CreateLogger<CatalogSeeder>()).SeedIfEmptyAsync(CompanyCatalogFile.Default, cancellationToken);
        if (seeded is not null)
        {
            Log.Information("Seeded the company catalog: {CompaniesAdded} companies, {AliasesAdded} aliases", seeded.CompaniesAdded, seeded.AliasesAdded);
        }
    }

    /// <summary>Prints the run's counts as the run log holds them (with the files other instances took, in a shared run) and this process's failures.</summary>
    private static void WriteSummary(ImportSummary summary, ImportRunEnd end)
    {
        var output = Console.Out;
        var counts = end.Counts;
        output.WriteLine($"{(summary.DryRun ? "Dry run of" : "Imported")} {summary.Folder} in {summary.Elapsed.TotalSeconds:F1} s (import run {end.RunId})");
        foreach (var (label, count) in new[]
        {
            ("new", counts.New), ("changed", counts.Changed), ("unchanged", counts.Unchanged),
            ("duplicate", counts.Duplicate), ("failed", counts.Failed), ("missing", counts.Missing),
        })
        {
            output.WriteLine($"  {label,-10} {count,6}");
        }

        if (summary.HasFailures)
        {
            output.WriteLine("Failed files:");
            foreach (var failure in summary.Failures)
            {
                output.WriteLine($"  {failure.Error}");
            }
        }
    }

    /// <summary>Every file's result, from whichever thread finished it, and the time since the folder was first listed.</summary>
    private sealed class FileResults : IImportObserver
    {
        private readonly ConcurrentQueue<ImportFileResult> results = new();
        private long startedAt;

        /// <summary>Time spent importing, from the first listing of the folder (not the start of the process).</summary>
        public TimeSpan Elapsed => Interlocked.Read(ref startedAt) is var started and > 0 ? Stopwatch.GetElapsedTime(started) : TimeSpan.Zero;

        public IReadOnlyList<ImportFileResult> Sorted() => [.. results.OrderBy(r => r.Path, StringComparer.Ordinal)];

        public void FilesFound(int total) => Interlocked.CompareExchange(ref startedAt, Stopwatch.GetTimestamp(), 0);

        public void FileStarted(string path)
        {
        }

        public void FileFinished(ImportFileResult result) => results.Enqueue(result);
    }

    /// <summary>Counts the files read from the folder on the progress bar (missing ones are reported, not read), and keeps every result.</summary>
    private sealed class FileProgress(CommandProgress progress, FileResults results) : IImportObserver
    {
        public void FilesFound(int total)
        {
            results.FilesFound(total);
            progress.SetTotal(total);
        }

        public void FileStarted(string path)
        {
        }

        public void FileFinished(ImportFileResult result)
        {
            ArgumentNullException.ThrowIfNull(result);
            results.FileFinished(result);
            if (result.Outcome != FileOutcome.Missing)
            {
                progress.Advance();
            }
        }
    }
}

/// <summary>A run started from the command line: how it ended, or why it could not start.</summary>
internal sealed record RunHereOutcome(ImportRunEnd? End, RunRefusal? Refusal);

/// <summary>Why a command-line run did not start: the exit code, the run that holds the folder (if that was why), the message.</summary>
internal sealed record RunRefusal(int ExitCode, long? RunId, string Message);

/// <summary>How an import from the command line ended.</summary>
/// <param name="ExitCode">The command's exit code (see <see cref="ImportCommand"/>).</param>
/// <param name="RunId">Its run in <c>import_runs</c>, or the run that held the folder; null when none was started.</param>
/// <param name="Summary">What became of each file; null when the import could not run.</param>
/// <param name="Error">Why it could not run; null when it ran.</param>
internal sealed record FolderImportResult(int ExitCode, long? RunId, ImportSummary? Summary, string? Error);
