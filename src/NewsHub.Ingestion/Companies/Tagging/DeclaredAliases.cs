using System.Collections.Frozen;
using NewsHub.Segmentation;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>
/// Which declared short names are too generic to stand for a company throughout an article. Filings
/// declare （以下简称“公司”）, （以下简称“标的公司”）, （以下简称“协议”）: taking every later 公司 or 协议
/// for the company would tag half the article.
/// </summary>
internal static class DeclaredAliases
{
    // Part-of-speech tags of jieba's dictionary that mark proper names: people, places, organisations,
    // other proper nouns and abbreviations.
    private static readonly FrozenSet<string> ProperNounTags = FrozenSet.ToFrozenSet(["nr", "nrt", "nrfg", "ns", "nt", "nz", "j"]);

    private static readonly FrozenSet<string> GenericHeads = FrozenSet.ToFrozenSet(
        ["公司", "集团", "企业", "方", "协议", "合同", "交易", "项目", "基金", "平台"]);

    private static readonly FrozenSet<string> GenericModifiers = FrozenSet.ToFrozenSet(
    [
        "", "本", "该", "此", "我", "贵", "双", "各", "甲", "乙", "丙", "丁", "新", "本次", "标的", "目标", "合资", "合营",
        "联营", "上市", "子", "母", "控股", "参股", "全资子", "投资", "收购", "本协议", "框架",
    ]);

    /// <summary>
    /// True when <paramref name="alias"/> is an ordinary word of jieba's dictionary (公司, 协议, 双方) or a
    /// generic head with a generic modifier (本公司, 标的公司, 合资公司).
    /// </summary>
    public static bool IsGeneric(string alias)
    {
        var dictionary = JiebaSegmenter.Default;
        if (dictionary.GetFrequency(alias) > 0 && dictionary.GetTag(alias) is { } tag && !ProperNounTags.Contains(tag))
        {
            return true;
        }

        return GenericHeads.Any(head => alias.EndsWith(head, StringComparison.Ordinal) && GenericModifiers.Contains(alias[..^head.Length]));
    }
}
