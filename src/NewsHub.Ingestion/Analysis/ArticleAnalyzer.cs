using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Analysis;

/// <summary>
/// Analyses one article: tags the companies of its clean text and of its headline, then finds the
/// partnerships they form. The one analysis behind <c>newshub import</c> (which stores it),
/// <c>newshub retag</c> (which stores it again after the catalog changed) and <c>newshub analyze</c>
/// (which prints it), so that what is scored is what people browse.
/// </summary>
/// <remarks>Thread-safe and pure: the tagger is, and the partnership finder is a pure function.</remarks>
public sealed class ArticleAnalyzer(CompanyTagger tagger) : IArticleAnalyzer
{
    private readonly CompanyTagger _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));

    /// <inheritdoc />
    public ArticleAnalysis Analyze(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Analyze(document.Title, document.CleanText, document.PublishedAt);
    }

    /// <summary>
    /// Analyses an article given as its headline and clean text, as stored. Headlines often name the
    /// partnership, sometimes the only place the article does: a pair the headline tells and the text
    /// does not is found from the headline (marked <see cref="PartnershipFinding.InHeadline"/>, offsets
    /// into <paramref name="title"/>). A pair the text tells is the text's, whose sentence says more.
    /// </summary>
    /// <param name="title">The headline as read (site suffixes are trimmed here, as the reader does).</param>
    /// <param name="cleanText">The article's clean text; offsets of text mentions point into it.</param>
    /// <param name="publishedAt">Publication time, which dates what the text does not.</param>
    public ArticleAnalysis Analyze(string title, string cleanText, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(cleanText);
        var mentions = _tagger.Tag(cleanText);
        var findings = PartnershipFinder.Find(cleanText, mentions, publishedAt);

        // A page with no text of its own has its headline as its text: analysed once, above.
        if (title.Length == 0 || (cleanText.Length > 0 && string.Equals(cleanText, ArticleTitle.AsHeadline(title), StringComparison.Ordinal)))
        {
            return new ArticleAnalysis(mentions, findings);
        }

        // The headline is read knowing what the body named: a company discovered there, or a catalog
        // name that is an everyday word, often stands in the headline without the words that showed it.
        var headlineMentions = _tagger.Tag(title, mentions);
        var told = findings.Select(ReportedPartnerships.PairOf).ToHashSet();
        var headlineOnly = PartnershipFinder.Find(title, headlineMentions, publishedAt)
            .Where(f => !told.Contains(ReportedPartnerships.PairOf(f)))
            .ToList();
        var fromHeadline = PartnershipFinder.DateByLead(headlineOnly, cleanText, mentions, publishedAt)
            .Select(f => f with { InHeadline = true });
        return new ArticleAnalysis(mentions, [.. findings, .. fromHeadline]) { HeadlineCompanies = headlineMentions };
    }
}
