using System.Globalization;
using NewsHub.Ingestion.Analysis.Quality;

namespace NewsHub.Cli.Commands;

/// <summary>
/// The figures of <c>newshub quality</c> as a plain-text table: a row per gold set and source, then the overall
/// figures (the counts of every set added up), each ratio with the counts it comes from.
/// </summary>
internal static class QualityTable
{
    private static readonly string[] Headings = ["set", "source", "pair recall", "precision", "dates", "company recall", "no output"];

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<GoldSetQuality> sets)
    {
        var rows = new List<string[]>();
        foreach (var set in sets)
        {
            rows.Add(Row(set.Set, "analyze", set.Analyzed));
            if (set.Stored is { } stored)
            {
                rows.Add(Row(set.Set, "stored", stored));
            }
        }

        rows.Add(Row("overall", "analyze", sets.Select(s => s.Analyzed).Aggregate(AnalysisScore.Zero, AnalysisScore.Add)));
        if (sets.All(s => s.Stored is not null))
        {
            rows.Add(Row("overall", "stored", sets.Select(s => s.Stored!).Aggregate(AnalysisScore.Zero, AnalysisScore.Add)));
        }

        var widths = Headings.Select((heading, column) => rows.Select(r => r[column].Length).Append(heading.Length).Max()).ToArray();
        await output.WriteLineAsync(Line(Headings, widths));
        foreach (var row in rows)
        {
            await output.WriteLineAsync(Line(row, widths));
        }
    }

    private static string[] Row(string set, string source, AnalysisScore score) =>
    [
        set,
        source,
        $"{score.RecallText} ({score.PairsFound}/{score.PairsRequired})",
        $"{score.PrecisionText} ({score.FalsePairs} false)",
        $"{score.DateAccuracyText} ({score.DatesRight}/{score.DatesScored})",
        $"{score.CompanyRecallText} ({score.CompaniesFound}/{score.CompaniesRequired})",
        score.FilesWithoutOutput.ToString(CultureInfo.InvariantCulture),
    ];

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd();
}
