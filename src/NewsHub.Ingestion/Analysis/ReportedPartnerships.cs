using NewsHub.Ingestion.Partnerships;

namespace NewsHub.Ingestion.Analysis;

/// <summary>
/// The partnerships of one article as a reader wants them listed: each pair, stage and date once, with
/// its best evidence; the pairs in the order the article first names them, and for each pair its most
/// telling finding first (what happened before what is planned, a date the text gives before the
/// publication date, then the more precise date and the surer finding). Pairs told only by the headline
/// come after the text's.
/// </summary>
public static class ReportedPartnerships
{
    /// <summary>Collapses the findings of one article.</summary>
    public static IReadOnlyList<PartnershipFinding> From(IReadOnlyList<PartnershipFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return [.. findings
            .GroupBy(f => (Pair: PairOf(f), f.Stage, f.IsPlanned, Date: f.Date.ToIsoString()))
            .Select(g => g.OrderByDescending(f => f.Confidence).ThenBy(f => f.EvidenceStart).First())
            .GroupBy(PairOf)
            .OrderBy(pair => pair.First().InHeadline)
            .ThenBy(pair => pair.Min(f => f.EvidenceStart))
            .SelectMany(pair => pair
                .OrderBy(f => f.IsPlanned)
                .ThenBy(f => DateSourceRank(f.Date.Precision, f.Date.Source))
                .ThenByDescending(f => PrecisionRank(f.Date.Precision))
                .ThenByDescending(f => f.Confidence)
                .ThenBy(f => f.EvidenceStart))];
    }

    /// <summary>The two groups of a finding, in ordinal order: the same pair however it was told.</summary>
    public static (string, string) PairOf(PartnershipFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return string.CompareOrdinal(finding.CompanyA.Group, finding.CompanyB.Group) <= 0
            ? (finding.CompanyA.Group, finding.CompanyB.Group)
            : (finding.CompanyB.Group, finding.CompanyA.Group);
    }

    /// <summary>How telling a date's source is, lower first: a date the text gives, then the publication's, then none (background the text does not date).</summary>
    public static int DateSourceRank(DatePrecision precision, DateSource source) => (precision, source) switch
    {
        (DatePrecision.None, _) => 2,
        (_, DateSource.Text) => 0,
        _ => 1,
    };

    /// <summary>How telling a date's precision is, higher first: a day, then a month, then a year, then none.</summary>
    public static int PrecisionRank(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => 3,
        DatePrecision.MonthDay => 2,
        DatePrecision.Month => 2,
        DatePrecision.Year => 1,
        _ => 0,
    };
}
