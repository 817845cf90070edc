using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Pipeline.Import;
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
    /// Imports a folder, recorded as a run like the admin's: the whole of <c>newshub import</c>, also used by
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

        await using var services = CliHost.BuildServices(configuration);
        var contexts = services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var options = configuration.GetSection(ImportOptions.SectionName).Get<ImportOptions>() ?? new ImportOptions();
        long runId;
        IArticleAnalyzer analyzer;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            analyzer = await AnalyzerAsync(db, loggers, cancellationToken);
            var kind = reExtract ? ImportRunKind.ReExtract : ImportRunKind.Import;
            try
            {
                runId = await ImportRunRecorder.StartAsync(db, kind, folder, recursive, dryRun, DateTimeOffset.UtcNow, cancellationToken, sourceId);
            }
            catch (ImportFolderBusyException ex)
            {
                await Console.Error.WriteLineAsync($"newshub import: {ex.Message}");
                return new FolderImportResult(ExitFolderBusy, ex.RunId, null, ex.Message);
            }
        }

        var runner = new ImportRunner(contexts, analyzer, options, loggers);
        var request = new ImportRequest(folder, recursive, dryRun, runId, ReExtract: reExtract, SourceId: sourceId);
        ImportSummary? summary = null;
        var status = ImportRunStatus.Failed;
        string? error = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeatInterval = configuration.GetValue("Imports:HeartbeatInterval", CommandLineRunHeartbeat.DefaultInterval);
        CommandLineRunHeartbeat? heartbeat = null;
        try
        {
            summary = await CommandProgress.RunAsync(
                dryRun ? "Dry run" : "Importing",
                "Imported {Done} of {Total} files",
                async progress =>
                {
                    heartbeat = new CommandLineRunHeartbeat(contexts, runId, new FileProgress(progress), stop, heartbeatInterval);
                    await using (heartbeat)
                    {
                        return await runner.RunAsync(request, heartbeat, stop.Token);
                    }
                });
            status = ImportRunStatus.Succeeded;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            status = ImportRunStatus.Cancelled;
            error = heartbeat?.StoppedBecause ?? "Cancelled from the command line.";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = ex.Message;
            Log.Error(ex, "Import of {Folder} failed", folder);
        }
        finally
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            var outcomes = summary?.Files.Select(f => new ImportFileOutcome { Path = f.Path, Outcome = f.Outcome, Error = f.StoredError, ArticleId = dryRun ? null : f.ArticleId }).ToList() ?? [];
            await ImportRunRecorder.FinishAsync(db, runId, status, error, outcomes, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        if (summary is null)
        {
            await Console.Error.WriteLineAsync($"newshub import: {error}");
            return new FolderImportResult(ExitImportFailed, runId, null, error);
        }

        WriteSummary(summary, runId);
        return new FolderImportResult(summary.HasFailures ? ExitFilesFailed : 0, runId, summary, null);
    }

    /// <summary>
    /// The analyzer of a command-line import or poll: tagged from the catalog as stored now, so that an admin's
    /// edits of it take effect on the next import; the shipped catalog is seeded first if the table is empty.
    /// </summary>
    internal static async Task<IArticleAnalyzer> AnalyzerAsync(NewsHubDbContext db, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        // Tagging maps names to companies.canonical_name: without a catalog every mention would be skipped.
        var seeded = await new CatalogSeeder(db, loggers.CreateLogger<CatalogSeeder>()).SeedIfEmptyAsync(CompanyCatalogFile.Default, cancellationToken);
        if (seeded is not null)
        {
            Log.Information("Seeded the company catalog: {CompaniesAdded} companies, {AliasesAdded} aliases", seeded.CompaniesAdded, seeded.AliasesAdded);
        }

        // Read now, so that a catalog the rules refuse stops the import before it starts.
        var catalog = (await CatalogSnapshot.LoadAsync(db, cancellationToken)).Catalog;
        return new BuiltOnFirstUse(() => new ArticleAnalyzer(new CompanyTagger(catalog)));
    }

    private static void WriteSummary(ImportSummary summary, long runId)
    {
        var output = Console.Out;
        output.WriteLine($"{(summary.DryRun ? "Dry run of" : "Imported")} {summary.Folder} in {summary.Elapsed.TotalSeconds:F1} s (import run {runId})");
        foreach (var (label, outcome) in new[]
        {
            ("new", FileOutcome.New), ("changed", FileOutcome.Changed), ("unchanged", FileOutcome.Unchanged),
            ("duplicate", FileOutcome.Duplicate), ("failed", FileOutcome.Failed), ("missing", FileOutcome.Missing),
        })
        {
            output.WriteLine($"  {label,-10} {summary.Count(outcome),6}");
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

    /// <summary>
    /// Builds the analyzer when the first new or changed article needs it: the tagger takes about a
    /// second to build, which a re-import of unchanged files would otherwise spend for nothing.
    /// </summary>
    private sealed class BuiltOnFirstUse(Func<IArticleAnalyzer> build) : IArticleAnalyzer
    {
        private readonly Lazy<IArticleAnalyzer> analyzer = new(build, LazyThreadSafetyMode.ExecutionAndPublication);

        public ArticleAnalysis Analyze(Ingestion.Reading.ArticleDocument document) => analyzer.Value.Analyze(document);
    }

    /// <summary>Counts the files read from the folder; missing ones are reported, not read.</summary>
    private sealed class FileProgress(CommandProgress progress) : IImportObserver
    {
        public void FilesFound(int total) => progress.SetTotal(total);

        public void FileStarted(string path)
        {
        }

        public void FileFinished(ImportFileResult result)
        {
            if (result.Outcome != FileOutcome.Missing)
            {
                progress.Advance();
            }
        }
    }
}

/// <summary>How an import from the command line ended.</summary>
/// <param name="ExitCode">The command's exit code (see <see cref="ImportCommand"/>).</param>
/// <param name="RunId">Its run in <c>import_runs</c>, or the run that held the folder; null when none was started.</param>
/// <param name="Summary">What became of each file; null when the import could not run.</param>
/// <param name="Error">Why it could not run; null when it ran.</param>
internal sealed record FolderImportResult(int ExitCode, long? RunId, ImportSummary? Summary, string? Error);
