using NewsHub.Ingestion.Companies.Tagging;
using NewsHub.Segmentation;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// An article's text as discovery reads it: jieba's words with their <see cref="WordKind"/>s, and the
/// stretches the catalog's companies already hold, which discovery never takes.
/// </summary>
internal sealed class DiscoveryText
{
    private readonly bool[] catalogued;
    private readonly JiebaSegmenter segmenter;

    public DiscoveryText(SegmentedText segmented, JiebaSegmenter segmenter, IEnumerable<(int Start, int End)> catalogSpans)
    {
        Segmented = segmented;
        this.segmenter = segmenter;
        Kinds = segmented.Tokens.Select(t => WordKinds.Of(segmenter, t.Word)).ToArray();
        catalogued = new bool[segmented.Text.Length];
        foreach (var (start, end) in catalogSpans)
        {
            catalogued.AsSpan(start, end - start).Fill(true);
        }
    }

    public SegmentedText Segmented { get; }

    public string Text => Segmented.Text;

    public IReadOnlyList<Token> Tokens => Segmented.Tokens;

    public WordKind[] Kinds { get; }

    /// <summary>Whether jieba's dictionary lacks <paramref name="word"/> (蓝色起源 is no word, 核心团队 may be one).</summary>
    public bool IsUnknownWord(string word) => WordKinds.Of(segmenter, word) == WordKind.Unknown;

    /// <summary>Whether word <paramref name="index"/> is evidence of a coined name (see <see cref="WordKinds.IsCoined"/>).</summary>
    public bool IsCoined(int index) => WordKinds.IsCoined(segmenter, Tokens[index].Word, Kinds[index]);

    /// <summary>
    /// Whether word <paramref name="index"/> can carry a name: coined, or one character that is not an
    /// adjective (蓝鲸|湾, 矽力|杰; not 新|材料).
    /// </summary>
    public bool CarriesName(int index) =>
        IsCoined(index) || (Kinds[index] == WordKind.Single && segmenter.GetTag(Tokens[index].Word) is not ("a" or "ag" or "b" or "an"));

    /// <summary>Whether word <paramref name="index"/> is a pronoun (某某, 该, 其): a name it stands before is a placeholder or the one already named.</summary>
    public bool IsPronoun(int index) => Kinds[index] == WordKind.Function && segmenter.GetTag(Tokens[index].Word) is { } tag && tag.StartsWith('r');

    /// <summary>
    /// Whether a Chinese stretch may be a company's short name: it does not start with a function word's
    /// character and is not made of words for a kind of business (无人驾驶, 锂离子, 高阶智驾).
    /// </summary>
    public static bool MayBeShortName(string name) =>
        name.Length >= 2 && WordKinds.MayStartName(name[0]) && !name.EndsWith('们') && name.IndexOfAny(['的', '了', '是', '在', '于', '之']) < 0
        && !NamesKindOfBusiness(name);

    /// <summary>Whether the stretch holds a word for a kind of business or company (智能, 汽车, 自动驾驶, 芯片).</summary>
    public static bool NamesKindOfBusiness(string name) =>
        DiscoveryWords.RoleKeywords.Any(k => name.Contains(k.Word, StringComparison.Ordinal))
        || DiscoveryWords.NameSuffixes.Any(k => name.Contains(k.Word, StringComparison.Ordinal));

    /// <summary>Whether any of [start, end) is a catalog company's mention.</summary>
    public bool TouchesCatalog(int start, int end) => catalogued.AsSpan(start, end - start).Contains(true);

    /// <summary>The index of the first non-space word before word <paramref name="index"/>, or -1.</summary>
    public int PreviousWord(int index)
    {
        var i = index - 1;
        while (i >= 0 && Kinds[i] == WordKind.Space)
        {
            i--;
        }

        return i;
    }

    /// <summary>The index of the first non-space word after word <paramref name="index"/>, or -1.</summary>
    public int NextWord(int index)
    {
        var i = index + 1;
        while (i < Tokens.Count && Kinds[i] == WordKind.Space)
        {
            i++;
        }

        return i < Tokens.Count ? i : -1;
    }

    /// <summary>The word before <paramref name="offset"/>, white space skipped, or null.</summary>
    public string? WordBefore(int offset) => Segmented.WordBefore(offset);

    /// <summary>The word after <paramref name="offset"/>, white space skipped, or null.</summary>
    public string? WordAfter(int offset) => Segmented.WordAfter(offset);

    /// <summary>
    /// The word after <paramref name="offset"/>, past one 的 (Anthropic的CEO, X 的创始人): what a name is said to
    /// have, or null. Not 的公司 or 的集团: a person has companies too (马斯克的公司).
    /// </summary>
    public string? CueAfter(int offset)
    {
        var after = WordAfter(offset);
        if (after != "的")
        {
            return after;
        }

        var owned = WordAfter(Text.IndexOf('的', offset) + 1);
        return owned is "公司" or "集团" ? null : owned;
    }

    /// <summary>Whether a clause starts at <paramref name="at"/>: the text's start, or punctuation or a line break before it.</summary>
    public static bool StartsClause(string value, int at)
    {
        var before = at - 1;
        while (before >= 0 && value[before] == ' ')
        {
            before--;
        }

        return before < 0 || value[before] is '，' or '。' or '；' or '！' or '？' or '\n' or '：' or '」' or '”' or ',' or '.' or ';';
    }
}
