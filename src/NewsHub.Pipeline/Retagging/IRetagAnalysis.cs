using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;

namespace NewsHub.Pipeline.Retagging;

/// <summary>
/// The analysis a re-tag runs with one catalog: the companies of a text alone, to find the articles whose tags
/// changed cheaply, and the whole analysis of those, to store. Thread-safe, like the tagger.
/// </summary>
public interface IRetagAnalysis
{
    /// <summary>Every place <paramref name="text"/> names a company, as the import's analysis tags it.</summary>
    IReadOnlyList<CompanyMention> Tag(string text);

    /// <summary>The companies and partnerships of a stored article, as the import's analysis finds them.</summary>
    ArticleAnalysis Analyze(string title, string cleanText, DateTimeOffset? publishedAt);
}

/// <summary>The analysis of import and <c>newshub analyze</c>: <see cref="CompanyTagger"/> and <see cref="ArticleAnalyzer"/>.</summary>
public sealed class TaggerRetagAnalysis(CompanyCatalog catalog) : IRetagAnalysis
{
    private readonly CompanyTagger tagger = new(catalog);

    public IReadOnlyList<CompanyMention> Tag(string text) => tagger.Tag(text);

    public ArticleAnalysis Analyze(string title, string cleanText, DateTimeOffset? publishedAt) =>
        new ArticleAnalyzer(tagger).Analyze(title, cleanText, publishedAt);
}
