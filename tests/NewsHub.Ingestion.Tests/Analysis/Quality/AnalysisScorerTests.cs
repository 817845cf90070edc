using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsHub.Ingestion.Analysis.Quality;
using Xunit.Abstractions;

namespace NewsHub.Ingestion.Tests.Analysis.Quality;

/// <summary>
/// The C# scorer gives what ../shared/tools/score_analyze.py gives: on the analysis of every gold file, and on
/// altered copies of it that reach the scorer's other branches (articles without output, sides swapped, findings
/// repeated, dates dropped, companies written as bare names, the older automaker/partner form).
/// </summary>
public sealed partial class AnalysisScorerTests(AnalyzedGoldSets analyzed, ITestOutputHelper output) : IClassFixture<AnalyzedGoldSets>
{
    public static TheoryData<string, string> SetsAndVariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in AnalyzedGoldSets.Names())
        {
            foreach (var variant in Variants.Keys)
            {
                data.Add(set, variant);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SetsAndVariants))]
    public void Scores_as_the_python_scorer_does(string set, string variant)
    {
        var gold = analyzed.Sets[set];
        var lines = Variants[variant](analyzed.Lines[set]);

        var (_, report) = ScoreAnalyzeScript.Run(gold.GoldPath, lines, "-v");
        var port = AnalysisScorer.Score(gold.Standard, lines);
        output.WriteLine($"python: {ScoreAnalyzeScript.FigureLine(report)}\nport:   {port.FigureLine()}");

        Assert.Equal(ScoreAnalyzeScript.FigureLine(report), port.FigureLine());
        // The same findings behind the figures: each article's missed and false pairs, wrong dates and missed companies.
        Assert.Equal(NoteKinds(report.Split('\n')), NoteKinds(port.Notes));
    }

    [Theory]
    [InlineData(9, 16, "0.562")]
    [InlineData(11, 16, "0.688")]
    [InlineData(1, 8, "0.125")]
    [InlineData(2, 3, "0.667")]
    [InlineData(43, 90, "0.478")]
    [InlineData(0, 7, "0.000")]
    [InlineData(7, 7, "1.000")]
    public void Writes_a_ratio_as_python_rounds_it(int numerator, int denominator, string expected) =>
        Assert.Equal(expected, ThreeDecimals.Format(numerator, denominator));

    [Fact]
    public void A_gold_set_finds_the_folder_that_holds_its_articles()
    {
        Assert.Equal("seeds", Path.GetFileName(analyzed.Sets["gold/seeds"].ArticleFolder));
        Assert.Equal("corpus", Path.GetFileName(analyzed.Sets["gold/corpus"].ArticleFolder));
        Assert.Equal("corpus", Path.GetFileName(analyzed.Sets["dev/corpus-more"].ArticleFolder));
        Assert.Equal("articles", Path.GetFileName(analyzed.Sets["dev/articles"].ArticleFolder));
    }

    private static readonly Dictionary<string, Func<IReadOnlyList<string>, IReadOnlyList<string>>> Variants = new(StringComparer.Ordinal)
    {
        ["as analyzed"] = lines => lines,
        ["every third article without output"] = lines => [.. lines.Where((_, i) => i % 3 != 0)],
        ["sides swapped, findings repeated, every other date dropped"] = lines => Rewrite(lines, article =>
        {
            var findings = article["partnerships"]!.AsArray();
            var altered = new JsonArray();
            var index = 0;
            foreach (var finding in findings.Select(f => f!.DeepClone()).ToList())
            {
                var companies = finding["companies"]!.AsArray().Select(c => c!.DeepClone()).Reverse().ToArray();
                finding["companies"] = new JsonArray(companies);
                if (index++ % 2 == 1)
                {
                    finding["date"] = null;
                }

                altered.Add(finding.DeepClone());
                altered.Add(finding);
            }

            article["partnerships"] = altered;
        }),
        ["companies as bare names, findings as automaker and partner"] = lines => Rewrite(lines, article =>
        {
            article["companies"] = new JsonArray([.. article["companies"]!.AsArray().Select(c => (JsonNode)JsonValue.Create(c!["name"]!.GetValue<string>())!)]);
            foreach (var finding in article["partnerships"]!.AsArray())
            {
                var companies = finding!["companies"]!.AsArray();
                finding["automaker"] = companies[0]!.DeepClone();
                finding["partner"] = companies[1]!.DeepClone();
                finding.AsObject().Remove("companies");
            }
        }),
    };

    private static List<string> Rewrite(IReadOnlyList<string> lines, Action<JsonNode> alter) => [.. lines.Select(line =>
    {
        var article = JsonNode.Parse(line)!;
        if (article["partnerships"] is not null)
        {
            alter(article);
        }

        return article.ToJsonString();
    })];

    /// <summary>Each note as its article, its kind and (for a missed company) the company, sorted, with a count.</summary>
    private static List<string> NoteKinds(IEnumerable<string> notes) => [.. notes
        .Select(n => NoteLine().Match(n))
        .Where(m => m.Success)
        .Select(m => $"{m.Groups["file"].Value}: {m.Groups["kind"].Value}")
        .GroupBy(n => n, StringComparer.Ordinal)
        .Select(g => $"{g.Key} ×{g.Count()}")
        .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"^(?<file>[^:\s]+): (?<kind>no output|company missed \S+|date|false pair|missed pair)")]
    private static partial Regex NoteLine();
}
