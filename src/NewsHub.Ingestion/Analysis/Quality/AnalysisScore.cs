using System.Globalization;

namespace NewsHub.Ingestion.Analysis.Quality;

/// <summary>
/// How an analysis scored against a gold file, as counts (so that scores of several gold files add up) and
/// the ratios ../shared/tools/score_analyze.py prints.
/// </summary>
/// <param name="PairsFound">Required pairs found.</param>
/// <param name="PairsMissed">Required pairs not found (all of an article's when it has no output).</param>
/// <param name="FalsePairs">Pairs found that the gold neither requires nor allows.</param>
/// <param name="DatesRight">Found pairs with an acceptable date.</param>
/// <param name="DatesScored">Found pairs whose date was judged (each found pair).</param>
/// <param name="CompaniesFound">Required company tags found.</param>
/// <param name="CompaniesRequired">Required company tags.</param>
/// <param name="FilesWithoutOutput">Gold articles the analysis has no line for.</param>
public sealed record AnalysisScore(
    int PairsFound, int PairsMissed, int FalsePairs, int DatesRight, int DatesScored, int CompaniesFound, int CompaniesRequired, int FilesWithoutOutput)
{
    /// <summary>A score of nothing, to add scores to.</summary>
    public static AnalysisScore Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>What the scorer noticed, one line each: missed and false pairs, wrong dates, missed companies, articles without output.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Required pairs in all.</summary>
    public int PairsRequired => PairsFound + PairsMissed;

    /// <summary>Share of the required pairs found; 1 when none is required.</summary>
    public double Recall => PairsRequired > 0 ? (double)PairsFound / PairsRequired : 1.0;

    /// <summary>Share of the counted pairs that are right; with none found, 1 when none was required, else 0.</summary>
    public double Precision => PairsFound + FalsePairs > 0 ? (double)PairsFound / (PairsFound + FalsePairs) : (PairsRequired == 0 ? 1.0 : 0.0);

    /// <summary>Share of the found pairs with an acceptable date; 0 when none was found.</summary>
    public double DateAccuracy => DatesScored > 0 ? (double)DatesRight / DatesScored : 0.0;

    /// <summary>Share of the required company tags found; 1 when none is required.</summary>
    public double CompanyRecall => CompaniesRequired > 0 ? (double)CompaniesFound / CompaniesRequired : 1.0;

    /// <summary><see cref="Recall"/> with three decimals, as the scorer prints it.</summary>
    public string RecallText => Three(PairsFound, PairsRequired, whenEmpty: 1);

    /// <summary><see cref="Precision"/> with three decimals, as the scorer prints it.</summary>
    public string PrecisionText => Three(PairsFound, PairsFound + FalsePairs, whenEmpty: PairsRequired == 0 ? 1 : 0);

    /// <summary><see cref="DateAccuracy"/> with three decimals, as the scorer prints it.</summary>
    public string DateAccuracyText => Three(DatesRight, DatesScored, whenEmpty: 0);

    /// <summary><see cref="CompanyRecall"/> with three decimals, as the scorer prints it.</summary>
    public string CompanyRecallText => Three(CompaniesFound, CompaniesRequired, whenEmpty: 1);

    /// <summary>The last line score_analyze.py prints, character for character.</summary>
    public string FigureLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"pairs recall {RecallText} ({PairsFound}/{PairsRequired}) precision {PrecisionText} (false {FalsePairs}) "
        + $"dates {DateAccuracyText} ({DatesRight}/{DatesScored}) companies recall {CompanyRecallText} ({CompaniesFound}/{CompaniesRequired}) "
        + $"files without output {FilesWithoutOutput}");

    /// <summary>The sum of two scores: the pooled figures of two gold files (notes kept in order).</summary>
    public static AnalysisScore operator +(AnalysisScore left, AnalysisScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new AnalysisScore(
            left.PairsFound + right.PairsFound,
            left.PairsMissed + right.PairsMissed,
            left.FalsePairs + right.FalsePairs,
            left.DatesRight + right.DatesRight,
            left.DatesScored + right.DatesScored,
            left.CompaniesFound + right.CompaniesFound,
            left.CompaniesRequired + right.CompaniesRequired,
            left.FilesWithoutOutput + right.FilesWithoutOutput) { Notes = [.. left.Notes, .. right.Notes] };
    }

    /// <summary>The sum of two scores (see the + operator).</summary>
    public static AnalysisScore Add(AnalysisScore left, AnalysisScore right) => left + right;

    private static string Three(int numerator, int denominator, int whenEmpty) =>
        denominator > 0 ? ThreeDecimals.Format(numerator, denominator) : ThreeDecimals.Format(whenEmpty, 1);
}
