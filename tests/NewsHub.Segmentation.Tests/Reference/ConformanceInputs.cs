using System.Text;

namespace NewsHub.Segmentation.Tests.Reference;

/// <summary>
/// The inputs the segmenter is compared with python3-jieba on: every line and every whole file of
/// <c>../shared/seeds</c> and <c>../shared/corpus</c>, and hostile strings.
/// </summary>
public static class ConformanceInputs
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Strings chosen to break a port: edges of every character class jieba distinguishes.</summary>
    public static IReadOnlyList<string> Hostile { get; } =
    [
        "", " ", "   ", "\t", "\n", "\r\n", "\r", "\r\r\n\n", " \r\n \u3000 ", "\u3000\u3000",
        "\u001C\u001D\u001E\u001F", "中\u0085国\u00A0人\u1680民\u2000\u200A\u2028\u2029\u202F\u205F", "\u200B零宽\uFEFF",
        "😀", "我爱😀北京", "👨‍👩‍👧一家", "🇨🇳中国", "𠀀𠀁中国𪚥", "\u9FD6\u9FFF\u4DFF\u4E00\u9FD5", "〇一二",
        "\uD800", "中\uDC00国", "\uD83D北京", "abc\uDFFF", "\uDFFF\uD800", "😀\uD83D",
        "4680电池", "L4级自动驾驶", "iX3", "宝马iX3和蔚来ES8", "ｉＸ３电动车", "ＡＢＣ１２３４", "全角　空格",
        "1+1=2", "C++和C#都是语言", "增长3.14%", "v1.2.3版本", "-5.5%", "user_name@example.com", "www.baidu.com",
        "2023年12月31日", "１２月", "第1.5.3版", "50%的股份", "A&B公司", "R&D投入", "a.b.c", "...", "___", "%%%",
        "iPhone15Pro", "GPT-4o", "Wi-Fi6", "5G-A网络", "--", "+86-10-12345678",
        "HelloWorld你好世界", "abc def", "a b c", "a\tb", "x", "é", "café咖啡", "Ωμέγα", "русский текст",
        "《三体》第2部", "“引号”", "（括号）", "【标题】", "……", "——", "·", "•", "！？。，、；：",
        "我来到北京清华大学", "他来到了网易杭研大厦", "小明硕士毕业于中国科学院计算所，后在日本京都大学深造",
        "工信处女干事每月经过下属科室都要亲口交代24口交换机等技术性器件的安装工作",
        "李小福是创新办主任也是云计算方面的专家", "台中", "结过婚的和尚未结过婚的",
        "上海自来水来自海上", "南京市长江大桥", "乒乓球拍卖完了", "这个门把手坏了", "吴国的国王和越国的国王",
        new string('嗯', 3000), new string('a', 5000), new string('1', 5000), string.Concat(Enumerable.Repeat("中国", 5000)),
        string.Concat(Enumerable.Repeat("a1", 3000)), string.Concat(Enumerable.Repeat("。", 2000)),
    ];

    /// <summary>
    /// Random strings over an alphabet that mixes every character class jieba tells apart (Han, ASCII letters and
    /// digits, the <c>+#&amp;._%-</c> joiners, python whitespace, CRLF, full-width forms, emoji, unpaired surrogates),
    /// with common words so that the dictionary, the route and the HMM all get exercised. Seeded: reproducible.
    /// </summary>
    public static IReadOnlyList<string> Fuzz(int count, int seed = 20261123)
    {
        string[] pieces =
        [
            "中", "国", "宝马", "华为", "合作", "自动驾驶", "电池", "的", "了", "在", "嗯", "鑫", "龘", "〇", "\u9FD5", "\u9FD6",
            "a", "B", "x", "iX", "3", "0", "42", "L4", ".", "..", "+", "#", "&", "_", "%", "-", "1.5", "2.0%",
            " ", "\t", "\n", "\r", "\r\n", "\u3000", "\u00A0", "\u001F", "\u2028", "，", "。", "、", "“", "》", "!", "@", "/",
            "Ａ", "１", "😀", "𠀀", "\uD800", "\uDC00", "é", "ß",
        ];
        var random = new Random(seed);
        var inputs = new List<string>(count);
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Clear();
            int length = random.Next(1, 40);
            for (int k = 0; k < length; k++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            inputs.Add(text.ToString());
        }

        return inputs;
    }

    /// <summary>Reads a file of the shared material: UTF-8 when it is valid UTF-8, GB18030 otherwise.</summary>
    public static string ReadText(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>Every file of <c>../shared/seeds</c> and <c>../shared/corpus</c>, decoded.</summary>
    public static IReadOnlyList<(string Name, string Text)> SharedFiles()
    {
        string shared = RepositoryPaths.Shared;
        return
        [
            .. new[] { "seeds", "corpus" }
                .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(shared, folder), "*", SearchOption.AllDirectories))
                .Order(StringComparer.Ordinal)
                .Select(path => (Path.GetRelativePath(shared, path), ReadText(path))),
        ];
    }

    /// <summary>
    /// The distinct inputs: each line of the shared material (split at '\n', so a CRLF file's lines keep their
    /// '\r'; the GBK files are one line each), and each whole seed file, line breaks and all.
    /// </summary>
    public static IReadOnlyList<string> SharedLinesAndFiles()
    {
        var inputs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, string text) in SharedFiles())
        {
            IEnumerable<string> lines = text.Split('\n');
            foreach (string line in name.StartsWith("seeds", StringComparison.Ordinal) ? lines.Append(text) : lines)
            {
                if (seen.Add(line))
                {
                    inputs.Add(line);
                }
            }
        }

        return inputs;
    }

    /// <summary>
    /// A line of at least 1 MiB of UTF-8: the seed articles with line breaks made spaces, repeated, plus a tail of
    /// hostile characters; python sees it as one sentence.
    /// </summary>
    public static string OneMegabyteLine()
    {
        string seeds = string.Join(' ', Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Shared, "seeds"))
            .Order(StringComparer.Ordinal)
            .Select(path => ReadText(path).ReplaceLineEndings(" ")));
        var line = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(line.ToString()) < (1 << 20))
        {
            line.Append(seeds).Append(" 😀\uD800 ");
        }

        return line.ToString();
    }
}
