using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Import;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Analysis;

/// <summary>
/// Analyses one article: tags the companies of its clean text, then finds the partnerships they form.
/// The same analysis serves <c>newshub import</c> (which stores it) and <c>newshub analyze</c> (which prints it).
/// </summary>
/// <remarks>Thread-safe and pure: the tagger is, and the partnership finder is a pure function.</remarks>
public sealed class ArticleAnalyzer(CompanyTagger tagger) : IArticleAnalyzer
{
    private readonly CompanyTagger _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));

    /// <inheritdoc />
    public ArticleAnalysis Analyze(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = _tagger.Tag(document.CleanText);
        var findings = PartnershipFinder.Find(document.CleanText, mentions, document.PublishedAt);
        return new ArticleAnalysis(mentions, findings);
    }

    /// <summary>
    /// Analyses the headline on its own, with offsets into <see cref="ArticleDocument.Title"/>: headlines
    /// often name the partnership, and a page that is only a headline says nothing anywhere else.
    /// </summary>
    public ArticleAnalysis AnalyzeTitle(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = _tagger.Tag(document.Title);
        return new ArticleAnalysis(mentions, PartnershipFinder.Find(document.Title, mentions, document.PublishedAt));
    }
}
