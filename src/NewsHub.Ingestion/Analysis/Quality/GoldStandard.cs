using System.Text.Json;

namespace NewsHub.Ingestion.Analysis.Quality;

/// <summary>
/// A hand-made gold file (../shared/gold/*.gold.json, ../shared/dev/*.gold.json): which companies each
/// article must name, which pairs it must (or may) yield and at which dates, and the names acceptable for
/// each company. The format is described in the file's own <c>about</c> and in ../shared/tools/score_analyze.py.
/// </summary>
public sealed class GoldStandard
{
    private readonly Dictionary<string, HashSet<string>> _keysByName;
    private readonly Dictionary<string, string> _parents;

    private GoldStandard(Dictionary<string, HashSet<string>> keysByName, Dictionary<string, string> parents, IReadOnlyList<GoldArticle> articles)
    {
        _keysByName = keysByName;
        _parents = parents;
        Articles = articles;
    }

    /// <summary>The articles the file describes, in its order.</summary>
    public IReadOnlyList<GoldArticle> Articles { get; }

    /// <summary>Reads a gold file.</summary>
    /// <exception cref="InvalidDataException">The file is not JSON, or lacks what every gold file has; the message names the file and the reason.</exception>
    public static GoldStandard Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            return Parse(json.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not a gold file: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a gold file's JSON.</summary>
    /// <exception cref="KeyNotFoundException">A member every gold file has is missing.</exception>
    /// <exception cref="InvalidOperationException">A member has the wrong JSON type.</exception>
    public static GoldStandard Parse(JsonElement root)
    {
        // Every written name, lower-cased as the scorer compares them, to the company keys it may stand for:
        // a joint venture's name is listed under each of its parents' keys too.
        var keysByName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var company in Required(root, "names").EnumerateObject())
        {
            foreach (var name in company.Value.EnumerateArray().Select(n => n.GetString()!).Append(company.Name))
            {
                var normalized = Normalize(name);
                if (!keysByName.TryGetValue(normalized, out var keys))
                {
                    keysByName[normalized] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(company.Name);
            }
        }

        var parents = root.TryGetProperty("parents", out var parentsJson)
            ? parentsJson.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var articles = Required(root, "articles").EnumerateArray().Select(ParseArticle).ToList();
        return new GoldStandard(keysByName, parents, articles);
    }

    /// <summary>The company keys a written name stands for: none when the gold file does not know it.</summary>
    public IReadOnlySet<string> KeysOf(string? name) =>
        _keysByName.TryGetValue(Normalize(name ?? ""), out var keys) ? keys : EmptyKeys;

    /// <summary>
    /// Whether a gold company is one of the given keys, or stands in for one of them as its group or brand
    /// (沃尔沃 and 吉利 answer for each other in a pair).
    /// </summary>
    public bool SideMatches(string goldKey, IReadOnlySet<string> keys) =>
        keys.Contains(goldKey)
        || (_parents.TryGetValue(goldKey, out var parent) && keys.Contains(parent))
        || keys.Any(k => _parents.TryGetValue(k, out var kParent) && kParent == goldKey);

    private static readonly IReadOnlySet<string> EmptyKeys = new HashSet<string>();

    // Python's str.strip().lower(), the comparison score_analyze.py makes.
    private static string Normalize(string name) => name.Trim().ToLowerInvariant();

    private static GoldArticle ParseArticle(JsonElement article) => new(
        Required(article, "file").GetString()!,
        OptionalArray(article, "companies_required").Select(k => k.GetString()!).ToList(),
        Required(article, "required").EnumerateArray().Select(ParseRequired).ToList(),
        OptionalArray(article, "optional").Select(o => Pair(Required(o, "pair"))).ToList());

    private static GoldPair ParseRequired(JsonElement required)
    {
        // No "dates" (or null) accepts any date; a null inside the list accepts an answer without one.
        IReadOnlyList<string?>? dates = required.TryGetProperty("dates", out var datesJson) && datesJson.ValueKind != JsonValueKind.Null
            ? datesJson.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? null : d.GetString()).ToList()
            : null;
        return new GoldPair(Pair(Required(required, "pair")), dates);
    }

    private static HashSet<string> Pair(JsonElement pair) => pair.EnumerateArray().Select(k => k.GetString()!).ToHashSet(StringComparer.Ordinal);

    private static JsonElement Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new KeyNotFoundException($"\"{name}\" is missing from {Describe(element)}");

    private static JsonElement[] OptionalArray(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];

    private static string Describe(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("file", out var file) ? $"the article {file}" : "the file";
}

/// <summary>One article of a gold file.</summary>
/// <param name="File">The article's file name (no folder).</param>
/// <param name="CompaniesRequired">The company keys it must be tagged with.</param>
/// <param name="Required">The pairs it must yield.</param>
/// <param name="Optional">The pairs it may yield without counting as false.</param>
public sealed record GoldArticle(string File, IReadOnlyList<string> CompaniesRequired, IReadOnlyList<GoldPair> Required, IReadOnlyList<IReadOnlySet<string>> Optional);

/// <summary>A required pair of company keys, unordered (one key when a company pairs with its own group), and its acceptable dates.</summary>
/// <param name="Companies">The pair's keys.</param>
/// <param name="Dates">
/// The acceptable dates as written (<c>2021</c>, <c>2021-09</c>, <c>2021-09-26</c>, <c>--09-26</c>; null: no date is acceptable too),
/// or null when any date is.
/// </param>
public sealed record GoldPair(IReadOnlySet<string> Companies, IReadOnlyList<string?>? Dates);
