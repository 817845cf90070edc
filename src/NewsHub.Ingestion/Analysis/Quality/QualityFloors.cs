using System.Globalization;
using System.Text.Json;

namespace NewsHub.Ingestion.Analysis.Quality;

/// <summary>
/// The lowest figures each gold set may score, per source (<c>analyze</c>, <c>stored</c>): the quality gates of the
/// test suite and of <c>newshub quality --floors</c>, kept in one file (tests/quality-floors.json) so they are
/// raised in one place. A floor left out of a set is not checked; a set left out of the file fails, so that a new
/// gold file gets its floors when it arrives.
/// </summary>
public sealed class QualityFloors
{
    private readonly Dictionary<(QualitySource, string), Floor> _floors;

    private QualityFloors(Dictionary<(QualitySource, string), Floor> floors) => _floors = floors;

    /// <summary>Reads a floors file: <c>{"analyze": {"gold/corpus": {"recall": 0.9, "precision": 0.85, "dates": 0.9, "company_recall": 0.95}}, "stored": {…}}</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not such JSON; the message names the file and the reason.</exception>
    public static QualityFloors Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var floors = new Dictionary<(QualitySource, string), Floor>();
            foreach (var source in Enum.GetValues<QualitySource>())
            {
                if (!json.RootElement.TryGetProperty(source.ToString().ToLowerInvariant(), out var sets))
                {
                    continue;
                }

                foreach (var set in sets.EnumerateObject())
                {
                    floors[(source, set.Name)] = new Floor(
                        Figure(set.Value, "recall"), Figure(set.Value, "precision"), Figure(set.Value, "dates"), Figure(set.Value, "company_recall"));
                }
            }

            return new QualityFloors(floors);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not a quality floors file: {ex.Message}", ex);
        }
    }

    /// <summary>Each figure of the score that is below its floor, in words; empty when the score holds every floor.</summary>
    public IReadOnlyList<string> Shortfalls(string set, QualitySource source, AnalysisScore score)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(score);
        var where = $"{set} ({source.ToString().ToLowerInvariant()})";
        if (!_floors.TryGetValue((source, set), out var floor))
        {
            return [$"{where} has no floors; add them to the floors file"];
        }

        return [.. new[]
            {
                Below("pair recall", score.Recall, floor.Recall),
                Below("precision", score.Precision, floor.Precision),
                Below("dates", score.DateAccuracy, floor.Dates),
                Below("company recall", score.CompanyRecall, floor.CompanyRecall),
            }
            .OfType<string>()
            .Select(shortfall => $"{where}: {shortfall}")];
    }

    private static string? Below(string figure, double measured, double? floor) =>
        floor is { } minimum && measured < minimum
            ? string.Create(CultureInfo.InvariantCulture, $"{figure} {measured:0.000} is below its floor {minimum:0.000}")
            : null;

    private static double? Figure(JsonElement set, string name) => set.TryGetProperty(name, out var value) ? value.GetDouble() : null;

    private sealed record Floor(double? Recall, double? Precision, double? Dates, double? CompanyRecall);
}
