using NewsHub.Ingestion.Companies.Tagging;
using NewsHub.Segmentation;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>What a jieba word can be to a company name that no catalog lists.</summary>
internal enum WordKind
{
    /// <summary>White space.</summary>
    Space,

    /// <summary>Punctuation, brackets, symbols.</summary>
    Punctuation,

    /// <summary>Letters or digits of an alphabetic script (Motional, 2024).</summary>
    Latin,

    /// <summary>A preposition, conjunction, particle, adverb, pronoun, numeral, measure, locative or time word (与, 的, 将, 该, 两, 目前).</summary>
    Function,

    /// <summary>A verb of the dictionary (宣布, 合作, 驾驶).</summary>
    Verb,

    /// <summary>A common word of the dictionary of two or more characters (芯片, 人工, 高端, 电动).</summary>
    Common,

    /// <summary>A proper name of the dictionary: person, place, organisation, other proper noun or abbreviation.</summary>
    Proper,

    /// <summary>A place name of the dictionary (北京, 美国): a company's seat or a country, never a company by itself.</summary>
    Place,

    /// <summary>A word jieba's dictionary does not know, which its HMM made up: coined brand names land here (禾赛, 矽力).</summary>
    Unknown,

    /// <summary>One Han character that is not a function word (杰, 通).</summary>
    Single,
}

/// <summary>Sorts jieba's words into <see cref="WordKind"/>s by the dictionary's frequency and part-of-speech tag.</summary>
internal static class WordKinds
{
    public static WordKind Of(JiebaSegmenter segmenter, string word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return WordKind.Space;
        }

        // Loops rather than LINQ over the string: this runs for every word of every article.
        if (!ContainsAny(word, Script.IsHan))
        {
            return ContainsAny(word, Script.IsAlphanumeric) ? WordKind.Latin : WordKind.Punctuation;
        }

        if (segmenter.GetFrequency(word) is not > 0)
        {
            return WordKind.Unknown;
        }

        var tag = segmenter.GetTag(word) ?? "";
        // The dictionary tags some nouns as pronouns (几何): only a pointing word is one here.
        if (tag.Length > 0 && tag[0] == 'r' && word.Length > 1 && !Deictic.Contains(word[0], StringComparison.Ordinal))
        {
            return WordKind.Common;
        }

        if (tag.Length > 0 && "pcudryeoqmft".Contains(tag[0], StringComparison.Ordinal) && tag is not ("mq" or "df"))
        {
            return WordKind.Function;
        }

        if (tag.StartsWith("ns", StringComparison.Ordinal))
        {
            return WordKind.Place;
        }

        if (tag is "nr" or "nrt" or "nrfg" or "nz" or "nt" or "j" or "eng")
        {
            return WordKind.Proper;
        }

        if (word.Length == 1)
        {
            return tag is "v" or "vd" or "ad" or "t" or "tg" or "s" ? WordKind.Function : WordKind.Single;
        }

        return tag.Length > 0 && tag[0] == 'v' && tag != "vn" ? WordKind.Verb : WordKind.Common;
    }

    private static bool ContainsAny(string word, Func<char, bool> predicate)
    {
        foreach (var c in word)
        {
            if (predicate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>First characters of pronouns that point (这家, 该, 其, 某某, 我们, 什么).</summary>
    private const string Deictic = "这那该其此本某我你他她它咱自哪怎什谁每各彼";

    /// <summary>
    /// Characters that never begin a company's name but often stick to the word after it when jieba's HMM
    /// meets an unknown stretch (称该, 将会, 这套, 为景驰): function words, pronouns, numerals, speech verbs.
    /// </summary>
    private const string NeverFirst = "的了在是和与及或对为被把从向由于让给该这那其此中有太很最更也都还又再已曾仍将正才就会能要可一两几各每某称据需并且而所之即均皆";

    /// <summary>Whether a Chinese name may start with this character.</summary>
    public static bool MayStartName(char c) => !NeverFirst.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Whether the word is evidence of a coined name: unknown to the dictionary, or a person's or organisation's
    /// name in it (木卫四, 格兰德). The dictionary's nz and j tags are too loose for that (聊天, 研发 carry them).
    /// </summary>
    public static bool IsCoined(JiebaSegmenter segmenter, string word, WordKind kind) =>
        kind == WordKind.Unknown
        || (kind == WordKind.Proper && segmenter.GetTag(word) is "nr" or "nrt" or "nrfg" or "nt" && word.Length <= MaxCoinedProperLength);

    /// <summary>
    /// Longest dictionary person's name taken as a coined word: the dictionary tags some idioms and phrases nr
    /// (保驾护航, 无人驾驶), never a name of three characters or fewer.
    /// </summary>
    private const int MaxCoinedProperLength = 3;

    /// <summary>Whether a word may be part of a short company name (矽力|杰, 木卫四, 格兰德).</summary>
    public static bool IsNameLike(WordKind kind) => kind is WordKind.Unknown or WordKind.Proper or WordKind.Single or WordKind.Place;
}
