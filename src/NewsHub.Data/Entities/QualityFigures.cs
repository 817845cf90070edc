namespace NewsHub.Data.Entities;

/// <summary>
/// The score of one gold set from one source, as counts: the ratios follow from them, and the counts of several
/// sets add up to the overall figures.
/// </summary>
public class QualityFigures
{
    public long Id { get; set; }

    public long QualityReportId { get; set; }

    /// <summary>The gold file's path under the shared folder without <c>.gold.json</c>: <c>gold/corpus</c>, <c>dev/articles</c>.</summary>
    public required string GoldSet { get; set; }

    public QualitySource Source { get; set; }

    public int PairsFound { get; set; }

    public int PairsMissed { get; set; }

    public int FalsePairs { get; set; }

    public int DatesRight { get; set; }

    public int DatesScored { get; set; }

    public int CompaniesFound { get; set; }

    public int CompaniesRequired { get; set; }

    public int FilesWithoutOutput { get; set; }
}
