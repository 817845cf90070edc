using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Analysis.Quality;
using NewsHub.Ingestion.Reading;
using NewsHub.Ingestion.Tests.Companies;

namespace NewsHub.Ingestion.Tests.Analysis.Quality;

/// <summary>Every gold set of ../shared with the <c>newshub analyze</c> lines of its articles, analysed once per test class.</summary>
public sealed class AnalyzedGoldSets
{
    public AnalyzedGoldSets()
    {
        var analysis = new GoldSetAnalysis(new ArticleAnalyzer(new TaggerFixture().Tagger), new ArticleReader());
        Sets = GoldSets.Discover(GoldFiles.SharedFolder).ToDictionary(s => s.Name, StringComparer.Ordinal);
        Lines = Sets.Values.ToDictionary(s => s.Name, s => analysis.LinesAsync(s).GetAwaiter().GetResult(), StringComparer.Ordinal);
    }

    /// <summary>The gold sets by name (<c>gold/corpus</c>, <c>dev/articles</c>, …).</summary>
    public IReadOnlyDictionary<string, GoldSet> Sets { get; }

    /// <summary>The analysis lines of each set's articles.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lines { get; }

    /// <summary>The names of the gold sets in ../shared, for theories.</summary>
    public static TheoryData<string> Names() => new(GoldSets.Discover(GoldFiles.SharedFolder).Select(s => s.Name));
}
