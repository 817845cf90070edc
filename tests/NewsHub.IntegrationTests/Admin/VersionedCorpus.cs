using System.Text;
using System.Text.RegularExpressions;
using NewsHub.Ingestion.Reading;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// Copies of <c>../shared/corpus</c> with a version marker such as 〔版本A〕 written into each
/// article's title and at the head of its body, so that a reader can tell which version of a file
/// it sees. Versions have markers of different lengths, so mixing one version's offsets with
/// another's text shows too. Files keep their encoding (GB18030 stays GB18030).
/// </summary>
internal static partial class VersionedCorpus
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static VersionedCorpus() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string CorpusFolder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(Infrastructure.BrowserFixture.RepositoryRoot(), "..", "shared", "corpus"));
            return Directory.Exists(folder) ? folder : throw new InvalidOperationException($"{folder} is missing: the tests read ../shared beside the checkout.");
        }
    }

    /// <summary>The marker of a version, e.g. 〔版本A〕.</summary>
    public static string Marker(string version) => $"〔版本{version}〕";

    /// <summary>Every version marker found in <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> MarkersIn(string text) => MarkerPattern().Matches(text).Select(m => m.Groups["version"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Writes every corpus file into <paramref name="folder"/> with <paramref name="version"/>'s marker, under the same names.</summary>
    /// <param name="copies">More than one writes each file that many times (name.2.md, …), each a distinct article.</param>
    /// <param name="take">Only the first this many files (in name order), when set.</param>
    public static int Write(string folder, string version, int copies = 1, int? take = null)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        // Only the articles: the corpus's SOURCES.md is a folder note, which imports leave out.
        foreach (var source in Directory.EnumerateFiles(CorpusFolder).Where(ArticleFolder.IsArticleFile).Order(StringComparer.Ordinal).Take(take ?? int.MaxValue))
        {
            var bytes = File.ReadAllBytes(source);
            var (text, encoding) = Decode(bytes);
            for (var copy = 1; copy <= copies; copy++)
            {
                var label = copies == 1 ? version : $"{version}·{copy}";
                var name = copy == 1 ? Path.GetFileName(source) : $"{Path.GetFileNameWithoutExtension(source)}.{copy}{Path.GetExtension(source)}";
                var marked = Mark(text, Marker(label));
                File.WriteAllBytes(Path.Combine(folder, name), [.. encoding.GetPreamble(), .. encoding.GetBytes(marked)]);
                written++;
            }
        }

        return written;
    }

    private static string Mark(string text, string marker)
    {
        var lines = text.Split('\n');
        var open = Array.FindIndex(lines, line => line.Trim().Length > 0);
        if (open >= 0 && lines[open].TrimEnd('\r').Trim('\uFEFF') == "---")
        {
            var close = Array.FindIndex(lines, open + 1, line => line.TrimEnd('\r') is "---" or "...");
            var title = Array.FindIndex(lines, open + 1, Math.Max(0, close - open - 1), line => line.StartsWith("title:", StringComparison.Ordinal));
            if (close > 0 && title > 0)
            {
                var value = lines[title]["title:".Length..].TrimStart();
                var quote = value.Length > 0 && value[0] is '\'' or '"' ? value[0].ToString() : "";
                lines[title] = "title: " + quote + marker + value[quote.Length..];
                lines[close] += "\n<p>" + marker + "</p>\n";
                return string.Join('\n', lines);
            }
        }

        // Plain text: the title is the first line or sentence, so the marker opens both title and body.
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        var leading = text[start..].Length - text[start..].TrimStart().Length;
        return text[..(start + leading)] + marker + text[(start + leading)..];
    }

    private static (string Text, Encoding Encoding) Decode(byte[] bytes)
    {
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        try
        {
            var text = StrictUtf8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
            return (text, bom ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true) : StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            var gb18030 = Encoding.GetEncoding("GB18030");
            return (gb18030.GetString(bytes), gb18030);
        }
    }

    [GeneratedRegex("〔版本(?<version>[^〕]{1,12})〕")]
    private static partial Regex MarkerPattern();
}
