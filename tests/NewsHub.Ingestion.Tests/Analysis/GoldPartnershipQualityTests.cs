using System.Diagnostics;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Tests.Companies;
using Xunit.Abstractions;

namespace NewsHub.Ingestion.Tests.Analysis;

/// <summary>
/// Runs the analysis of <c>newshub analyze</c> over the articles of each ../shared/gold/*.gold.json and
/// scores it with ../shared/tools/score_analyze.py: pair recall at least 0.9, precision at least 0.85
/// and date accuracy at least 0.9 on every gold file. scripts/score-analyze.sh prints the same figures.
/// </summary>
public sealed class GoldPartnershipQualityTests(TaggerFixture fixture, ITestOutputHelper output) : IClassFixture<TaggerFixture>
{
    public static TheoryData<string> GoldFileNames() => new(GoldFiles.GoldPaths.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(GoldFileNames))]
    public void Finds_the_gold_partnerships_with_their_dates(string goldFileName)
    {
        var goldPath = Path.Combine(GoldFiles.SharedFolder, "gold", goldFileName);
        var analyzer = new ArticleAnalyzer(fixture.Tagger);
        var predictions = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(predictions, GoldFiles.Load(goldPath).Articles.Select(article =>
            {
                var document = GoldFiles.ReadArticle(article.File);
                return AnalysisJsonLine.ForArticle(document, analyzer.Analyze(document));
            }));

            var (exitCode, report) = Score(goldPath, predictions);
            output.WriteLine(report);
            Assert.True(exitCode == 0, $"{goldFileName} is below the bar (recall 0.9, precision 0.85, dates 0.9):\n{report}");
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    private static (int ExitCode, string Report) Score(string goldPath, string predictions)
    {
        var scorer = Path.Combine(GoldFiles.SharedFolder, "tools", "score_analyze.py");
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { scorer, goldPath, predictions, "--min-recall", "0.9", "--min-precision", "0.85", "--min-date", "0.9", "-v" },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{python} could not be started to run {scorer}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
