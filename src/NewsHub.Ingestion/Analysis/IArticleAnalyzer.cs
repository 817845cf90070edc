using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Analysis;

/// <summary>
/// Finds what an article says: the companies its clean text names and the partnerships it reports.
/// The import calls it once per new or changed article, from several threads at once, so
/// implementations must be thread-safe; they should be pure functions of the document.
/// </summary>
public interface IArticleAnalyzer
{
    /// <summary>Analyses <paramref name="document"/>; offsets in the result point into its clean text.</summary>
    ArticleAnalysis Analyze(ArticleDocument document);
}

/// <summary>What an article says, as the import stores it.</summary>
/// <param name="Companies">Every place the clean text names a catalog company.</param>
/// <param name="Partnerships">
/// Every sentence reporting that two company groups teamed up: the text's, then the headline's for pairs
/// the text does not tell (<see cref="PartnershipFinding.InHeadline"/>).
/// </param>
public sealed record ArticleAnalysis(IReadOnlyList<CompanyMention> Companies, IReadOnlyList<PartnershipFinding> Partnerships)
{
    /// <summary>Every place the headline names a catalog company (offsets into the title); empty when the headline is the text.</summary>
    public IReadOnlyList<CompanyMention> HeadlineCompanies { get; init; } = [];

    /// <summary>An article that names no company.</summary>
    public static ArticleAnalysis Nothing { get; } = new([], []);
}
