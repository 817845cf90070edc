using System.Text.Json;

namespace NewsHub.Ingestion.Analysis.Quality;

/// <summary>
/// Scores <c>newshub analyze</c> lines against a gold file: the C# port of ../shared/tools/score_analyze.py,
/// decision for decision, so that <c>newshub quality</c> and the admin page give the figures the script does
/// (a test runs both on every gold file and compares them).
/// </summary>
/// <remarks>
/// A predicted company counts for a gold key when its name (or group) is one of that key's names. Pairs are
/// unordered; a company and its group may stand for each other in a pair; a name listed under several keys
/// (a joint venture) counts in a pair only next to one of its own parents. A second finding of a pair already
/// matched is neither credit nor penalty; a pair the gold lists as optional is not false.
/// </remarks>
public static class AnalysisScorer
{
    /// <summary>Scores the analysis lines (one JSON object per article; other lines are skipped).</summary>
    /// <param name="gold">The gold file.</param>
    /// <param name="analysisLines">The analysis, as <c>newshub analyze</c> prints it; the last line for a file name wins.</param>
    /// <exception cref="JsonException">A line that starts with <c>{</c> is not JSON.</exception>
    public static AnalysisScore Score(GoldStandard gold, IEnumerable<string> analysisLines)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analysisLines);
        var predictions = Predictions(analysisLines);
        try
        {
            var score = new Tally();
            foreach (var article in gold.Articles)
            {
                if (predictions.TryGetValue(article.File, out var prediction))
                {
                    ScoreArticle(gold, article, prediction.RootElement, score);
                }
                else
                {
                    score.FilesWithoutOutput++;
                    score.PairsMissed += article.Required.Count;
                    score.CompaniesRequired += article.CompaniesRequired.Count;
                    score.Notes.Add($"{article.File}: no output");
                }
            }

            return score.ToScore();
        }
        finally
        {
            foreach (var prediction in predictions.Values)
            {
                prediction.Dispose();
            }
        }
    }

    private static Dictionary<string, JsonDocument> Predictions(IEnumerable<string> lines)
    {
        var predictions = new Dictionary<string, JsonDocument>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (!line.StartsWith('{'))
            {
                continue;
            }

            var document = JsonDocument.Parse(line);
            var file = document.RootElement.TryGetProperty("file", out var f) ? f.GetString() ?? "" : "";
            var key = file[(file.LastIndexOf('/') + 1)..];
            if (predictions.Remove(key, out var earlier))
            {
                earlier.Dispose();
            }

            predictions[key] = document;
        }

        return predictions;
    }

    private static void ScoreArticle(GoldStandard gold, GoldArticle article, JsonElement prediction, Tally score)
    {
        var foundKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var company in Array(prediction, "companies"))
        {
            foundKeys.UnionWith(KeysOf(gold, company));
        }

        foreach (var key in article.CompaniesRequired)
        {
            score.CompaniesRequired++;
            if (foundKeys.Contains(key))
            {
                score.CompaniesFound++;
            }
            else
            {
                score.Notes.Add($"{article.File}: company missed {key}");
            }
        }

        var matched = new HashSet<int>();
        foreach (var partnership in Array(prediction, "partnerships"))
        {
            var sides = Sides(partnership);
            if (sides.Count != 2)
            {
                score.FalsePairs++;
                continue;
            }

            var (keys0, keys1) = PairSides(KeysOf(gold, sides[0]), KeysOf(gold, sides[1]));
            bool IsPair(IReadOnlySet<string> pair)
            {
                var a = pair.First();
                var b = pair.Count == 2 ? pair.Last() : a;
                return (gold.SideMatches(a, keys0) && gold.SideMatches(b, keys1)) || (gold.SideMatches(a, keys1) && gold.SideMatches(b, keys0));
            }

            var hit = -1;
            for (var i = 0; i < article.Required.Count; i++)
            {
                if (!matched.Contains(i) && IsPair(article.Required[i].Companies))
                {
                    hit = i;
                    break;
                }
            }

            if (hit < 0 && article.Required.Any(r => IsPair(r.Companies)))
            {
                continue; // a duplicate of a matched pair is neither credit nor penalty
            }

            if (hit >= 0)
            {
                matched.Add(hit);
                score.PairsFound++;
                score.DatesScored++;
                var date = partnership.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                if (DateIsAcceptable(date, article.Required[hit].Dates))
                {
                    score.DatesRight++;
                }
                else
                {
                    score.Notes.Add($"{article.File}: date {date ?? "none"} not in [{string.Join(", ", article.Required[hit].Dates!.Select(x => x ?? "none"))}] for {Describe(article.Required[hit].Companies)}");
                }

                continue;
            }

            if (article.Optional.Any(IsPair))
            {
                continue;
            }

            score.FalsePairs++;
            score.Notes.Add($"{article.File}: false pair {string.Join(" × ", sides.Select(s => s.ToString()))}");
        }

        for (var i = 0; i < article.Required.Count; i++)
        {
            if (!matched.Contains(i))
            {
                score.PairsMissed++;
                score.Notes.Add($"{article.File}: missed pair {Describe(article.Required[i].Companies)}");
            }
        }
    }

    /// <summary>
    /// The two sides of a finding: its <c>companies</c>, or (older output) its <c>automaker</c> and <c>partner</c>
    /// when it has no companies listed.
    /// </summary>
    private static IReadOnlyList<JsonElement> Sides(JsonElement partnership)
    {
        if (partnership.TryGetProperty("companies", out var companies) && companies.ValueKind == JsonValueKind.Array && companies.GetArrayLength() > 0)
        {
            return [.. companies.EnumerateArray()];
        }

        return [Member(partnership, "automaker"), Member(partnership, "partner")];
    }

    /// <summary>A name with several keys (a joint venture) stands for a pair only next to one of its own parents.</summary>
    private static (IReadOnlySet<string>, IReadOnlySet<string>) PairSides(IReadOnlySet<string> keys0, IReadOnlySet<string> keys1)
    {
        if (keys1.Count > 1)
        {
            keys1 = keys0.Overlaps(keys1) ? keys1.Except(keys0).ToHashSet(StringComparer.Ordinal) : EmptyKeys;
        }

        if (keys0.Count > 1)
        {
            keys0 = keys0.Overlaps(keys1) ? keys0.Except(keys1).ToHashSet(StringComparer.Ordinal) : EmptyKeys;
        }

        return (keys0, keys1);
    }

    /// <summary>The gold keys of a predicted company: a name, or an object whose name, parent or group may be known.</summary>
    private static IReadOnlySet<string> KeysOf(GoldStandard gold, JsonElement company)
    {
        if (company.ValueKind != JsonValueKind.Object)
        {
            return gold.KeysOf(company.ValueKind == JsonValueKind.String ? company.GetString() : null);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in (string[])["name", "parent", "group"])
        {
            if (company.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
            {
                keys.UnionWith(gold.KeysOf(value.GetString()));
            }
        }

        return keys;
    }

    /// <summary>
    /// A finding's date is acceptable when the gold gives none, when it is one of the gold's dates, when it is more
    /// precise than one of them (2021-09-26 for 2021-09), or when it has the month and day of a yearless one.
    /// </summary>
    private static bool DateIsAcceptable(string? date, IReadOnlyList<string?>? dates)
    {
        if (dates is null)
        {
            return true;
        }

        if (string.IsNullOrEmpty(date))
        {
            return dates.Contains(null);
        }

        return dates.Any(d => d is not null && (date == d || (date.StartsWith(d, StringComparison.Ordinal) && d.Length >= 4 && d[0] != '-')))
            || dates.Any(d => d is not null && d.StartsWith("--", StringComparison.Ordinal) && date.EndsWith(d[1..], StringComparison.Ordinal));
    }

    private static JsonElement[] Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];

    private static JsonElement Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : default;

    private static string Describe(IReadOnlySet<string> pair) => string.Join(" × ", pair.Order(StringComparer.Ordinal));

    private static readonly IReadOnlySet<string> EmptyKeys = new HashSet<string>();

    private sealed class Tally
    {
        public int PairsFound { get; set; }

        public int PairsMissed { get; set; }

        public int FalsePairs { get; set; }

        public int DatesRight { get; set; }

        public int DatesScored { get; set; }

        public int CompaniesFound { get; set; }

        public int CompaniesRequired { get; set; }

        public int FilesWithoutOutput { get; set; }

        public List<string> Notes { get; } = [];

        public AnalysisScore ToScore() => new(
            PairsFound, PairsMissed, FalsePairs, DatesRight, DatesScored, CompaniesFound, CompaniesRequired, FilesWithoutOutput) { Notes = Notes };
    }
}
