using NewsHub.Data.Entities;
using NewsHub.Ingestion.Analysis.Quality;

namespace NewsHub.Pipeline.Quality;

/// <summary>A gold set's score as a quality report stores it (<see cref="QualityFigures"/>), and back.</summary>
public static class QualityFiguresMapping
{
    /// <summary>The score as stored in a quality report.</summary>
    public static QualityFigures ToFigures(this AnalysisScore score, string goldSet, QualitySource source)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new()
        {
            GoldSet = goldSet,
            Source = source,
            PairsFound = score.PairsFound,
            PairsMissed = score.PairsMissed,
            FalsePairs = score.FalsePairs,
            DatesRight = score.DatesRight,
            DatesScored = score.DatesScored,
            CompaniesFound = score.CompaniesFound,
            CompaniesRequired = score.CompaniesRequired,
            FilesWithoutOutput = score.FilesWithoutOutput,
        };
    }

    /// <summary>A score stored in a quality report (without its notes, which are not stored).</summary>
    public static AnalysisScore ToScore(this QualityFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new(
            figures.PairsFound, figures.PairsMissed, figures.FalsePairs, figures.DatesRight, figures.DatesScored,
            figures.CompaniesFound, figures.CompaniesRequired, figures.FilesWithoutOutput);
    }
}
