using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Reading;
using NewsHub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsHub.IntegrationTests.Import;

/// <summary>
/// What is scored is what is stored: the gold articles imported with <c>newshub import</c> into PostgreSQL,
/// their events read back as a person browses them (each event with its own date and groups), and scored
/// with ../shared/tools/score_analyze.py against the figures <c>newshub analyze</c> gives on the same files.
/// </summary>
public sealed partial class StoredGoldQualityTests(StoredGoldQualityTests.ImportedGold imported, ITestOutputHelper output)
    : IClassFixture<StoredGoldQualityTests.ImportedGold>
{
    /// <summary>How far stored events may fall below the analysis on the same files.</summary>
    private const double Tolerance = 0.02;

    /// <summary>Each gold file and the folder (under ../shared) that holds its articles.</summary>
    public static TheoryData<string, string> GoldSets() => new()
    {
        { "gold/seeds.gold.json", "seeds" },
        { "gold/corpus.gold.json", "corpus" },
        { "dev/articles.gold.json", "dev/articles" },
        { "dev/corpus-more.gold.json", "corpus" },
    };

    [Theory]
    [MemberData(nameof(GoldSets))]
    public async Task Stored_events_score_as_the_analysis_of_the_same_files(string goldFile, string folder)
    {
        var gold = TestFolder.Shared(goldFile);
        var files = GoldArticleFiles(gold);
        var stored = await ScoreAsync(gold, await imported.StoredLinesAsync(folder, files));
        var analyzed = await ScoreAsync(gold, AnalyzedLines(folder, files));
        output.WriteLine($"stored:   {stored}\nanalyzed: {analyzed}");

        Assert.True(stored.Recall >= analyzed.Recall - Tolerance, $"{goldFile}: stored pair recall {stored.Recall} is below analyze's {analyzed.Recall}\n{stored.Report}");
        Assert.True(stored.Precision >= analyzed.Precision - Tolerance, $"{goldFile}: stored precision {stored.Precision} is below analyze's {analyzed.Precision}\n{stored.Report}");
        Assert.True(stored.Dates >= analyzed.Dates - Tolerance, $"{goldFile}: stored dates {stored.Dates} are below analyze's {analyzed.Dates}\n{stored.Report}");
        if (goldFile.StartsWith("gold/", StringComparison.Ordinal))
        {
            // The bar the analysis holds on the gold it was developed on (GoldPartnershipQualityTests).
            Assert.True(stored.Recall >= 0.9 && stored.Precision >= 0.85 && stored.Dates >= 0.9, $"{goldFile}: stored events are below the bar\n{stored.Report}");
        }
    }

    private static IReadOnlyList<string> GoldArticleFiles(string goldPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        return [.. json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()!)];
    }

    private static List<string> AnalyzedLines(string folder, IReadOnlyList<string> files)
    {
        var analyzer = new ArticleAnalyzer(new CompanyTagger(CompanyCatalogFile.Default));
        var reader = new ArticleReader();
        return [.. files.Select(file =>
        {
            var document = reader.ReadAsync(Path.Combine(TestFolder.Shared(folder), file)).GetAwaiter().GetResult();
            return AnalysisJsonLine.ForArticle(document, analyzer.Analyze(document));
        })];
    }

    private static async Task<Score> ScoreAsync(string goldPath, IReadOnlyList<string> lines)
    {
        var predictions = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(predictions, lines);
            var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { TestFolder.Shared("tools/score_analyze.py"), goldPath, predictions, "-v" },
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var report = await stdout + await stderr;
            var figures = FigureLine().Match(report);
            Assert.True(figures.Success, $"the scorer printed no figure line:\n{report}");
            return new Score(Number(figures, "recall"), Number(figures, "precision"), Number(figures, "dates"), report);
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"pairs recall (?<recall>[\d.]+) .* precision (?<precision>[\d.]+) .* dates (?<dates>[\d.]+) ")]
    private static partial Regex FigureLine();

    private sealed record Score(double Recall, double Precision, double Dates, string Report)
    {
        public override string ToString() => Report.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
    }

    /// <summary>
    /// seeds/, corpus/ and dev/articles/ imported by the real CLI into one database, as a user would have them.
    /// </summary>
    public sealed class ImportedGold : DatabaseFixture
    {
        private static readonly string[] Folders = ["seeds", "corpus", "dev/articles"];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            foreach (var folder in Folders)
            {
                var result = await NewsHubCli.RunAsync(ConnectionString, ["import", TestFolder.Shared(folder)]);

                // Exit code 1 says only that some file of the folder could not be read; the rest are stored.
                Assert.True(result.ExitCode is 0 or 1, $"newshub import {folder} failed:\n{result.Output}");
            }
        }

        /// <summary>
        /// One line per file in the shape <c>newshub analyze</c> prints, from what is stored: the companies the
        /// article names, and each event it reports (its groups and its date as the timeline shows them), the
        /// pairs in the order the article tells them and each pair's most telling event first.
        /// </summary>
        public async Task<IReadOnlyList<string>> StoredLinesAsync(string folder, IReadOnlyList<string> files)
        {
            await using var db = CreateContext();
            var root = Path.TrimEndingDirectorySeparator(TestFolder.Shared(folder)) + Path.DirectorySeparatorChar;
            var lines = new List<string>();
            foreach (var file in files)
            {
                var path = root + file;
                var articleId = await db.ArticleSources.Where(s => s.Path == path).Select(s => (long?)s.ArticleId).FirstOrDefaultAsync();
                if (articleId is null)
                {
                    continue;
                }

                var companies = await db.ArticleCompanyMentions.Where(m => m.ArticleId == articleId)
                    .Select(m => new { name = m.AsWritten, group = m.Group.CanonicalName })
                    .Distinct()
                    .ToListAsync();
                var mentions = await db.PartnershipMentions.Where(m => m.ArticleId == articleId)
                    .Select(m => new
                    {
                        m.EventId,
                        m.InHeadline,
                        m.EvidenceStart,
                        A = m.Event.CompanyA.CanonicalName,
                        B = m.Event.CompanyB.CanonicalName,
                        m.Event.IsPlanned,
                        m.Event.Date,
                        m.Event.Confidence,
                    })
                    .ToListAsync();
                var partnerships = mentions
                    .GroupBy(m => m.EventId)
                    .Select(e => e.OrderBy(m => m.InHeadline).ThenBy(m => m.EvidenceStart).First())
                    .GroupBy(e => string.CompareOrdinal(e.A, e.B) <= 0 ? (e.A, e.B) : (e.B, e.A))
                    .OrderBy(pair => pair.All(e => e.InHeadline)).ThenBy(pair => pair.Min(e => e.EvidenceStart))
                    .SelectMany(pair => pair
                        .OrderBy(e => e.IsPlanned)
                        .ThenBy(e => ReportedPartnerships.DateSourceRank(e.Date.Precision, e.Date.Source))
                        .ThenByDescending(e => ReportedPartnerships.PrecisionRank(e.Date.Precision))
                        .ThenByDescending(e => e.Confidence))
                    .Select(e => new { companies = new[] { e.A, e.B }, date = e.Date.ToIsoString() });
                lines.Add(JsonSerializer.Serialize(new { file, companies, partnerships }));
            }

            return lines;
        }
    }
}
