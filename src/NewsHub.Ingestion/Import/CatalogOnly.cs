using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships;

namespace NewsHub.Ingestion.Import;

/// <summary>
/// What of an analysis the database can hold today: the catalog's companies and the partnerships between
/// them. The tagger also discovers companies the catalog lacks (<see cref="CompanyMention.Discovered"/>),
/// but the store resolves every company to a catalog row, so until discovered companies are stored with a
/// review status they are left out here, at the way into the writer, and import and retag go on as before.
/// </summary>
public static class CatalogOnly
{
    /// <summary>The analysis as the store keeps it: catalog companies, in text and headline, and their partnerships.</summary>
    public static ArticleAnalysis Analysis(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new ArticleAnalysis(Mentions(analysis.Companies), Findings(analysis.Partnerships))
        {
            HeadlineCompanies = Mentions(analysis.HeadlineCompanies),
        };
    }

    /// <summary>The mentions of catalog companies.</summary>
    public static IReadOnlyList<CompanyMention> Mentions(IEnumerable<CompanyMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return [.. mentions.Where(m => !m.Discovered)];
    }

    /// <summary>The findings between two catalog companies.</summary>
    public static IReadOnlyList<PartnershipFinding> Findings(IEnumerable<PartnershipFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return [.. findings.Where(f => !f.CompanyA.Discovered && !f.CompanyB.Discovered)];
    }
}
