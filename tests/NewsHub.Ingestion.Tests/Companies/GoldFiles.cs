using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Tests.Companies;

/// <summary>
/// The hand-made expected results in ../shared/gold and the articles they describe, read in place.
/// </summary>
public static partial class GoldFiles
{
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

    public static IReadOnlyList<string> GoldPaths =>
        Directory.GetFiles(Path.Combine(SharedFolder, "gold"), "*.gold.json").Order(StringComparer.Ordinal).ToList();

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

    /// <summary>The article's text for tagging: the file found under seeds/ or corpus/.</summary>
    public static string ReadArticleText(string fileName)
    {
        var path = new[] { "seeds", "corpus" }.Select(f => Path.Combine(SharedFolder, f, fileName)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"Gold article {fileName} is in neither seeds/ nor corpus/.");
        return CrudeCleanText(File.ReadAllBytes(path));
    }

    // Until NewsHub's reader lands: decode, drop front matter but keep its title, strip tags and Markdown links.
    private static string CrudeCleanText(byte[] bytes)
    {
        string raw;
        try
        {
            raw = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            raw = Encoding.GetEncoding("gb18030").GetString(bytes);
        }

        raw = raw.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var title = "";
        if (raw.StartsWith("---\n", StringComparison.Ordinal))
        {
            var end = raw.IndexOf("\n---", 4, StringComparison.Ordinal);
            if (end > 0)
            {
                var frontMatter = raw[4..end];
                title = TitleLine().Match(frontMatter) is { Success: true } m ? m.Groups[1].Value.Trim().Trim('\'', '"') : "";
                raw = raw[(end + 4)..];
            }
        }

        var body = WebUtility.HtmlDecode(Tag().Replace(Image().Replace(raw, ""), "\n"));
        body = MarkdownLink().Replace(body, "$1");
        return title + "\n" + body;
    }

    [GeneratedRegex(@"^title:\s*(.*)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
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
