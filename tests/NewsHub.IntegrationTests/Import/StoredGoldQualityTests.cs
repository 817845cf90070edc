using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Analysis.Quality;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Reading;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Quality;
using Xunit.Abstractions;

namespace NewsHub.IntegrationTests.Import;

/// <summary>
/// What is scored is what is stored: the gold articles imported with <c>newshub import</c> into PostgreSQL, their
/// events read back as a person browses them (<see cref="StoredGoldSetLines"/>, what <c>newshub quality --stored</c>
/// scores), hold the stored floors of tests/quality-floors.json and score as the analysis of the same files does.
/// </summary>
public sealed class StoredGoldQualityTests(StoredGoldQualityTests.ImportedGold imported, ITestOutputHelper output)
    : IClassFixture<StoredGoldQualityTests.ImportedGold>
{
    /// <summary>How far stored events may fall below the analysis on the same files.</summary>
    private const double Tolerance = 0.02;

    public static TheoryData<string> GoldSetNames() => new(ImportedGold.Sets.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(GoldSetNames))]
    public async Task Stored_events_score_as_the_analysis_of_the_same_files(string setName)
    {
        var set = ImportedGold.Sets.Single(s => s.Name == setName);
        await using var db = imported.CreateContext();
        var stored = AnalysisScorer.Score(set.Standard, await StoredGoldSetLines.ReadAsync(db, set));
        var analysis = new GoldSetAnalysis(new ArticleAnalyzer(new CompanyTagger(CompanyCatalogFile.Default)), new ArticleReader());
        var analyzed = await analysis.ScoreAsync(set);
        output.WriteLine($"stored:   {stored.FigureLine()}\nanalyzed: {analyzed.FigureLine()}");
        var report = $"{stored.FigureLine()}\n{string.Join("\n", stored.Notes)}";

        var shortfalls = QualityFloors.Load(FloorsFile).Shortfalls(set.Name, QualitySource.Stored, stored);
        Assert.True(shortfalls.Count == 0, $"{string.Join("\n", shortfalls)}\n{report}");
        Assert.True(stored.Recall >= analyzed.Recall - Tolerance, $"{set.Name}: stored pair recall {stored.Recall} is below analyze's {analyzed.Recall}\n{report}");
        Assert.True(stored.Precision >= analyzed.Precision - Tolerance, $"{set.Name}: stored precision {stored.Precision} is below analyze's {analyzed.Precision}\n{report}");
        Assert.True(stored.DateAccuracy >= analyzed.DateAccuracy - Tolerance, $"{set.Name}: stored dates {stored.DateAccuracy} are below analyze's {analyzed.DateAccuracy}\n{report}");
    }

    private static string FloorsFile => Path.Combine(BrowserFixture.RepositoryRoot(), "tests", "quality-floors.json");

    /// <summary>
    /// The article folders of every gold set of ../shared (seeds/, corpus/, dev/articles/) imported by the real CLI
    /// into one database, as a user would have them.
    /// </summary>
    public sealed class ImportedGold : DatabaseFixture
    {
        public static IReadOnlyList<GoldSet> Sets { get; } = GoldSets.Discover(TestFolder.Shared(""));

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            foreach (var folder in Sets.Select(s => s.ArticleFolder).Distinct(StringComparer.Ordinal))
            {
                var result = await NewsHubCli.RunAsync(ConnectionString, ["import", folder]);

                // Exit code 1 says only that some file of the folder could not be read; the rest are stored.
                Assert.True(result.ExitCode is 0 or 1, $"newshub import {folder} failed:\n{result.Output}");
            }
        }
    }
}
