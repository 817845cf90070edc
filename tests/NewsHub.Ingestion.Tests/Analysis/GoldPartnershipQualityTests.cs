using NewsHub.Ingestion.Analysis.Quality;
using NewsHub.Ingestion.Tests.Analysis.Quality;
using NewsHub.Ingestion.Tests.Reading;
using Xunit.Abstractions;

namespace NewsHub.Ingestion.Tests.Analysis;

/// <summary>
/// The quality gate of the analysis: <c>newshub analyze</c> on the articles of every gold file of ../shared (gold/
/// and dev/), scored as ../shared/tools/score_analyze.py scores it (<see cref="AnalysisScorerTests"/> proves the
/// port equal), holds the floors of tests/quality-floors.json. <c>newshub quality</c> prints the same figures.
/// </summary>
public sealed class GoldPartnershipQualityTests(AnalyzedGoldSets analyzed, ITestOutputHelper output) : IClassFixture<AnalyzedGoldSets>
{
    public static TheoryData<string> GoldSetNames() => AnalyzedGoldSets.Names();

    [Theory]
    [MemberData(nameof(GoldSetNames))]
    public void Finds_the_gold_partnerships_with_their_dates(string set)
    {
        var score = AnalysisScorer.Score(analyzed.Sets[set].Standard, analyzed.Lines[set]);
        output.WriteLine(score.FigureLine());

        var shortfalls = QualityFloors.Load(FloorsFile).Shortfalls(set, QualitySource.Analyze, score);

        Assert.True(shortfalls.Count == 0, $"{string.Join("\n", shortfalls)}\n{score.FigureLine()}\n{string.Join("\n", score.Notes)}");
    }

    private static string FloorsFile => Path.Combine(TestPaths.RepositoryRoot, "tests", "quality-floors.json");
}
