using System.CommandLine;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Analysis.Quality;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Reading;
using NewsHub.Pipeline.Quality;
using Npgsql;

namespace NewsHub.Cli.Commands;

/// <summary>
/// <c>newshub quality [--shared DIR] [--stored] [--save] [--floors FILE] [--verbose]</c>: scores NewsHub on every gold file of the
/// shared folder (../shared: gold/ and dev/) with the port of ../shared/tools/score_analyze.py, and prints pair
/// recall, precision, dates and company recall per gold set and overall. <c>--stored</c> scores the events an
/// import stored for the same articles as well; <c>--save</c> records the figures in the database, where the admin
/// overview shows the newest; <c>--floors</c> checks each set against the quality gates (tests/quality-floors.json).
/// Exit code 0 when measured (and every floor holds), 1 when a set is below a floor, 2 when the gold files cannot be read, 3 when the
/// database cannot be used.
/// </summary>
internal static class QualityCommand
{
    public const int ExitBelowFloor = 1;
    public const int ExitGoldUnreadable = 2;
    public const int ExitDatabaseFailed = 3;

    public static Command Create(IConfiguration configuration)
    {
        var shared = new Option<DirectoryInfo>("--shared")
        {
            Description = "The folder that holds the gold files (gold/, dev/) and their articles.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared")),
        };
        var stored = new Option<bool>("--stored") { Description = "Also score the events stored in the database for the gold articles (import their folders first)." };
        var save = new Option<bool>("--save") { Description = "Record the figures in the database; the admin overview shows the newest." };
        var floors = new Option<FileInfo?>("--floors") { Description = "Exit 1 when a gold set scores below its floors in this file (tests/quality-floors.json)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every missed and false pair, wrong date and missed company." };
        var command = new Command("quality", "Score NewsHub against the hand-made gold files: pair recall, precision, dates and company recall.")
        {
            shared,
            stored,
            save,
            floors,
            verbose,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            configuration,
            parseResult.GetValue(shared)!,
            parseResult.GetValue(stored),
            parseResult.GetValue(save),
            parseResult.GetValue(floors),
            parseResult.GetValue(verbose),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        IConfiguration configuration, DirectoryInfo shared, bool scoreStored, bool save, FileInfo? floorsFile, bool verbose, CancellationToken cancellationToken)
    {
        await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        IReadOnlyList<GoldSet> sets;
        QualityFloors? floors;
        try
        {
            floors = floorsFile is null ? null : QualityFloors.Load(floorsFile.FullName);
            sets = GoldSets.Discover(shared.FullName, warn: message => Console.Error.WriteLine($"newshub quality: {message}"));
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"newshub quality: {ex.Message}");
            return ExitGoldUnreadable;
        }

        ServiceProvider? services = null;
        if (scoreStored || save)
        {
            try
            {
                services = CliHost.BuildServices(configuration);
            }
            catch (InvalidOperationException ex)
            {
                await Console.Error.WriteLineAsync($"newshub quality: {ex.Message}");
                return ExitDatabaseFailed;
            }
        }

        await using var disposeServices = services;
        IReadOnlyList<GoldSetQuality> measured;
        try
        {
            await using var scope = services?.CreateAsyncScope();
            var db = scope?.ServiceProvider.GetRequiredService<NewsHubDbContext>();
            measured = await MeasureAsync(sets, scoreStored ? db : null, cancellationToken);

            // The notes first, as score_analyze.py prints them: the figures stay in view at the end.
            if (verbose)
            {
                await WriteNotesAsync(output, measured);
            }

            await output.WriteLineAsync($"NewsHub quality on the gold files of {Path.TrimEndingDirectorySeparator(shared.FullName)}");
            await QualityTable.WriteAsync(output, measured);
            if (save)
            {
                var report = await SaveAsync(db!, measured, cancellationToken);
                await output.WriteLineAsync($"Saved as quality report {report.Id}, measured {report.MeasuredAt:yyyy-MM-dd HH:mm} UTC.");
            }

            await output.FlushAsync(cancellationToken);
        }
        // EF's retrying strategy reports a connection that keeps failing as an InvalidOperationException around it.
        catch (Exception ex) when (ex is NpgsqlException or DbUpdateException || ex.InnerException is NpgsqlException)
        {
            var reason = ex.InnerException is NpgsqlException inner ? inner.Message : ex.Message;
            await Console.Error.WriteLineAsync($"newshub quality: the database could not be used: {reason}");
            return ExitDatabaseFailed;
        }

        var shortfalls = floors is null ? [] : Shortfalls(floors, measured);
        foreach (var shortfall in shortfalls)
        {
            await Console.Error.WriteLineAsync($"newshub quality: {shortfall}");
        }

        return shortfalls.Count > 0 ? ExitBelowFloor : 0;
    }

    /// <summary>Each set's analysis scored, and with a database its stored import.</summary>
    private static async Task<IReadOnlyList<GoldSetQuality>> MeasureAsync(IReadOnlyList<GoldSet> sets, NewsHubDbContext? storedIn, CancellationToken cancellationToken)
    {
        var analysis = new GoldSetAnalysis(new ArticleAnalyzer(new CompanyTagger(CompanyCatalogFile.Default)), new ArticleReader());
        var measured = new List<GoldSetQuality>();
        foreach (var set in sets)
        {
            var analyzed = await analysis.ScoreAsync(set, cancellationToken);
            AnalysisScore? stored = null;
            if (storedIn is not null)
            {
                var lines = await StoredGoldSetLines.ReadAsync(storedIn, set, cancellationToken);
                if (lines.Count == 0)
                {
                    await Console.Error.WriteLineAsync($"newshub quality: no article of {set.Name} is stored; import its folder first: newshub import {set.ArticleFolder}");
                }

                stored = AnalysisScorer.Score(set.Standard, lines);
            }

            measured.Add(new GoldSetQuality(set.Name, analyzed, stored));
        }

        return measured;
    }

    private static List<string> Shortfalls(QualityFloors floors, IReadOnlyList<GoldSetQuality> measured) => [.. measured
        .SelectMany(set => floors.Shortfalls(set.Set, QualitySource.Analyze, set.Analyzed)
            .Concat(set.Stored is { } stored ? floors.Shortfalls(set.Set, QualitySource.Stored, stored) : []))];

    private static async Task WriteNotesAsync(TextWriter output, IReadOnlyList<GoldSetQuality> measured)
    {
        foreach (var set in measured)
        {
            foreach (var (source, score) in new[] { ("analyze", set.Analyzed), ("stored", set.Stored) })
            {
                if (score is null || score.Notes.Count == 0)
                {
                    continue;
                }

                await output.WriteLineAsync($"== {set.Set} ({source})");
                foreach (var note in score.Notes)
                {
                    await output.WriteLineAsync(note);
                }

                await output.WriteLineAsync();
            }
        }
    }

    private static async Task<QualityReport> SaveAsync(NewsHubDbContext db, IReadOnlyList<GoldSetQuality> measured, CancellationToken cancellationToken)
    {
        var report = new QualityReport
        {
            MeasuredAt = DateTimeOffset.UtcNow,
            NewsHubVersion = MeasuredVersion(),
            Figures = [.. measured.SelectMany(set => set.Stored is { } stored
                ? new[] { set.Analyzed.ToFigures(set.Set, QualitySource.Analyze), stored.ToFigures(set.Set, QualitySource.Stored) }
                : [set.Analyzed.ToFigures(set.Set, QualitySource.Analyze)])],
        };
        db.QualityReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>The version of the analysis measured, with the commit it was built from ("1.0.0+b1662c9…").</summary>
    private static string MeasuredVersion() =>
        typeof(ArticleAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
