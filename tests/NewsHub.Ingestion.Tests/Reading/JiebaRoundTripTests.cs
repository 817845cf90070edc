using System.Diagnostics;
using System.Text.Json;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

/// <summary>
/// The corpus has no space-segmented files of its own: this test makes some with the reference
/// segmenter (Debian's python3-jieba) from the clean text of corpus articles, and checks that the
/// reader recognises them and joins them back into exactly the text they were cut from.
/// </summary>
public sealed class JiebaRoundTripTests : IDisposable
{
    private const string Python = "/usr/bin/python3";

    // Articles with less Chinese than this say too little for the statistics to be sure.
    private const int MinimumHanCharacters = 200;

    private readonly string workFolder = Directory.CreateTempSubdirectory("newshub-jieba-").FullName;

    [Fact]
    public async Task Corpus_articles_split_into_words_by_jieba_rejoin_to_their_original_text()
    {
        var reader = new ArticleReader();
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(TestPaths.Corpus).Order(StringComparer.Ordinal))
        {
            var text = (await reader.ReadAsync(file)).CleanText;
            if (text.Count(c => c is >= '\u4E00' and <= '\u9FFF') >= MinimumHanCharacters)
            {
                originals[Path.GetFileNameWithoutExtension(file) + ".txt"] = text;
            }
        }

        Assert.True(originals.Count >= 100, $"Only {originals.Count} corpus articles have enough Chinese to test with.");
        await SegmentWithJiebaAsync(originals);

        var mismatches = new List<string>();
        foreach (var (name, original) in originals)
        {
            var document = await reader.ReadAsync(Path.Combine(workFolder, "segmented", name));
            if (document.Format != ArticleFormat.SpaceSegmentedText)
            {
                mismatches.Add($"{name}: read as {document.Format}");
            }
            else if (document.CleanText != original)
            {
                var at = FirstDifference(original, document.CleanText);
                mismatches.Add($"{name}: differs at {at}: expected «{Around(original, at)}», got «{Around(document.CleanText, at)}»");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public async Task Clean_text_of_corpus_articles_does_not_read_as_segmented()
    {
        var reader = new ArticleReader();
        foreach (var file in Directory.GetFiles(TestPaths.Corpus))
        {
            var document = await reader.ReadAsync(file);
            Assert.False(SegmentedText.LooksSegmented(document.CleanText), $"{file} reads as segmented.");
        }
    }

    public void Dispose() => Directory.Delete(workFolder, recursive: true);

    /// <summary>Writes each text, cut line by line with jieba's default mode and joined by spaces, to segmented/&lt;name&gt;.</summary>
    private async Task SegmentWithJiebaAsync(Dictionary<string, string> texts)
    {
        var input = Path.Combine(workFolder, "texts.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(texts));
        const string script = """
            import json, os, sys, jieba
            jieba.setLogLevel(60)
            folder, texts = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
            os.makedirs(os.path.join(folder, "segmented"), exist_ok=True)
            for name, text in texts.items():
                lines = [" ".join(jieba.cut(line)) for line in text.split("\n")]
                with open(os.path.join(folder, "segmented", name), "w", encoding="utf-8") as out:
                    out.write("\n".join(lines))
            """;

        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: install Debian's python3-jieba (scripts/install-deps.sh).");
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(workFolder);
        start.ArgumentList.Add(input);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"python3-jieba failed: {await errors}");
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 15), Math.Min(text.Length, at + 15) - Math.Max(0, at - 15));
}
