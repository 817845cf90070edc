using NewsHub.Data.Entities;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Import;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Reading;

namespace NewsHub.IntegrationTests.Review;

/// <summary>
/// The real analysis on the shipped catalog, plus discovery as the open-world tagger does it: each of the given
/// names not in the catalog is a discovered company wherever the clean text writes it, and the real partnership
/// finder pairs it like any other.
/// </summary>
internal sealed class DiscoveringAnalyzer(params (string Name, CompanyRole Role)[] discoverable) : IArticleAnalyzer
{
    private static readonly Lazy<CompanyTagger> Tagger = new(() => new CompanyTagger(CompanyCatalogFile.Default));

    public ArticleAnalysis Analyze(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.CleanText;
        var tagged = Tagger.Value.Tag(text);
        var discovered = discoverable
            .SelectMany(d => Occurrences(text, d.Name).Select(at => new CompanyMention(d.Name, d.Name, d.Role, d.Name, at, d.Name.Length) { Discovered = true }))
            .Where(d => !tagged.Any(t => t.Start < d.End && d.Start < t.End));
        var mentions = tagged.Concat(discovered).OrderBy(m => m.Start).ToList();
        return new ArticleAnalysis(mentions, PartnershipFinder.Find(text, mentions, document.PublishedAt));
    }

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
