using System.Globalization;
using JiebaNet.Segmenter;

/// <summary>
/// How often jieba.NET cuts a character outside the BMP (emoji, flags, Extension B) between its two UTF-16 halves,
/// which leaves tokens that are not valid strings: python3-jieba iterates code points and NewsHub.Segmentation
/// keeps each pair whole (its conformance tests include emoji, ZWJ sequences, flags and Extension B).
/// </summary>
internal static class EmojiProbe
{
    // Car-news sentences as they appear in posts and comments: emoji beside Chinese, Latin and digits, a skin-tone
    // modifier, a ZWJ family, a flag and an Extension B character.
    private static readonly string[] Sentences =
    [
        "蔚来与宁德时代签约🚗⚡，新车明年上市",
        "👍🏻点赞！小鹏G6🔥订单破万",
        "华为😀与赛力斯合作发布问界M9🎉",
        "👨‍👩‍👧一家人试驾理想L9",
        "🇨🇳制造的比亚迪🚙出口欧洲🇪🇺",
        "𠀀𠀁生僻字与汽车新闻",
        "百度Apollo🤖Robotaxi在武汉运营",
    ];

    public static object Measure(JiebaSegmenter segmenter)
    {
        int pairs = 0, split = 0, invalidTokens = 0;
        string? example = null;
        foreach (string sentence in Sentences)
        {
            pairs += Enumerable.Range(0, sentence.Length - 1).Count(i => char.IsSurrogatePair(sentence[i], sentence[i + 1]));
            int end = 0;
            List<string> tokens = segmenter.Cut(sentence, cutAll: false, hmm: true).ToList();
            foreach (string token in tokens)
            {
                end += token.Length;
                if (end < sentence.Length && char.IsSurrogatePair(sentence[end - 1], sentence[end]))
                {
                    split++;
                }

                if (!IsValidUtf16(token))
                {
                    invalidTokens++;
                    example ??= string.Join(" / ", tokens.Select(Escape));
                }
            }
        }

        return new { sentences = Sentences.Length, surrogate_pairs = pairs, pairs_split = split, invalid_tokens = invalidTokens, example };
    }

    private static bool IsValidUtf16(string token)
    {
        for (int i = 0; i < token.Length; i++)
        {
            if (char.IsHighSurrogate(token[i]) && i + 1 < token.Length && char.IsLowSurrogate(token[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(token[i]))
            {
                return false;
            }
        }

        return true;
    }

    // A lone surrogate cannot be printed (JSON writes it as U+FFFD); show it as \uXXXX instead.
    private static string Escape(string token) => string.Concat(token.Select((c, i) =>
        char.IsSurrogate(c) && !IsPairAt(token, i) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));

    private static bool IsPairAt(string token, int i) =>
        (char.IsHighSurrogate(token[i]) && i + 1 < token.Length && char.IsLowSurrogate(token[i + 1]))
        || (char.IsLowSurrogate(token[i]) && i > 0 && char.IsHighSurrogate(token[i - 1]));
}
