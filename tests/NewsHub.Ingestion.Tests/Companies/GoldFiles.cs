using System.Text.Json;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Companies;

/// <summary>
/// The hand-made expected results in ../shared/gold and the articles they describe, read in place.
/// </summary>
public static class GoldFiles
{
    private static readonly ArticleReader Reader = new();

    public static string SharedFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsHub.sln")))
                {
                    var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                    return Directory.Exists(Path.Combine(shared, "gold"))
                        ? shared
                        : throw new DirectoryNotFoundException($"The shared gold files are missing: expected {shared}/gold beside the repository.");
                }
            }

            throw new DirectoryNotFoundException("NewsHub.sln not found above the test binaries.");
        }
    }

    public static GoldFile Load(string goldPath)
    {
        using var stream = File.OpenRead(goldPath);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var names = root.GetProperty("names").EnumerateObject()
            .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)p.Value.EnumerateArray().Select(v => v.GetString()!).ToList(), StringComparer.Ordinal);
        var articles = root.GetProperty("articles").EnumerateArray()
            .Select(a => new GoldArticle(
                a.GetProperty("file").GetString()!,
                a.GetProperty("companies_required").EnumerateArray().Select(v => v.GetString()!).ToList()))
            .ToList();
        return new GoldFile(Path.GetFileName(goldPath), names, articles);
    }

    /// <summary>The article at <paramref name="path"/>, read by NewsHub's own reader.</summary>
    public static ArticleDocument ReadArticle(string path) =>
        File.Exists(path)
            ? Reader.ReadAsync(path).GetAwaiter().GetResult()
            : throw new FileNotFoundException($"Gold article {path} is missing.", path);
}

public sealed record GoldFile(string FileName, IReadOnlyDictionary<string, IReadOnlyList<string>> Names, IReadOnlyList<GoldArticle> Articles)
{
    /// <summary>The gold keys a written name stands for, ignoring case (as tools/score_analyze.py does).</summary>
    public IReadOnlySet<string> KeysOf(string name)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, names) in Names)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) || names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}

public sealed record GoldArticle(string File, IReadOnlyList<string> CompaniesRequired);
