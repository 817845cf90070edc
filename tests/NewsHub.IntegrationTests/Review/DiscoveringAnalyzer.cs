using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Reading;
using NewsHub.Pipeline.Retagging;

namespace NewsHub.IntegrationTests.Review;

/// <summary>
/// The real analysis on a catalog, plus discovery as the open-world tagger does it: each of the given names the
/// catalog's tagger does not find is a discovered company wherever the clean text writes it, and the real
/// partnership finder pairs it like any other. It does not consult the catalog's rejected names, so that the
/// storage's own guard against them is what the tests see.
/// </summary>
internal sealed class DiscoveringAnalyzer : IArticleAnalyzer, IRetagAnalysis
{
    private static readonly Lazy<CompanyTagger> ShippedTagger = new(() => new CompanyTagger(CompanyCatalogFile.Default));

    private readonly Lazy<CompanyTagger> tagger;
    private readonly (string Name, CompanyRole Role)[] discoverable;

    /// <summary>Discovery beside the shipped catalog (for imports).</summary>
    public DiscoveringAnalyzer(params (string Name, CompanyRole Role)[] discoverable)
    {
        tagger = ShippedTagger;
        this.discoverable = discoverable;
    }

    /// <summary>Discovery beside a stored catalog (for re-tags).</summary>
    public DiscoveringAnalyzer(CompanyCatalog catalog, params (string Name, CompanyRole Role)[] discoverable)
    {
        tagger = new Lazy<CompanyTagger>(new CompanyTagger(catalog));
        this.discoverable = discoverable;
    }

    public ArticleAnalysis Analyze(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Analyze(document.Title, document.CleanText, document.PublishedAt);
    }

    public ArticleAnalysis Analyze(string title, string cleanText, DateTimeOffset? publishedAt)
    {
        var mentions = Tag(cleanText);
        return new ArticleAnalysis(mentions, PartnershipFinder.Find(cleanText, mentions, publishedAt));
    }

    public IReadOnlyList<CompanyMention> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tagged = tagger.Value.Tag(text);
        var discovered = discoverable
            .SelectMany(d => Occurrences(text, d.Name).Select(at => new CompanyMention(d.Name, d.Name, d.Role, d.Name, at, d.Name.Length) { Discovered = true }))
            .Where(d => !tagged.Any(t => t.Start < d.End && d.Start < t.End));
        return [.. tagged.Concat(discovered).OrderBy(m => m.Start)];
    }

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
