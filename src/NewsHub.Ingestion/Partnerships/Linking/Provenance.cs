using System.Text.RegularExpressions;
using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking;

/// <summary>
/// <c>理想汽车的电池来自宁德时代</c>, <c>该车型的芯片均来自英伟达</c>: a company's part or product that comes from
/// another company makes the other its supplier, though no cooperation word stands between them.
/// </summary>
/// <remarks>
/// Only for goods (电池, 芯片, 方案 …) owned by the company right before: people, money, users and news come
/// from companies too (<c>来自宝马的高管</c>, <c>来自支付宝的用户</c>) and tie nobody.
/// </remarks>
internal static partial class Provenance
{
    private const string Word = "来自";

    // How far the supplier may follow 来自 (来自于, 来自 「…」).
    private const int OriginReach = 2;

    /// <summary>The word stands for a supply link in the evidence; as a preposition it links nothing.</summary>
    private static readonly Trigger SupplyFrom = new(Word, TriggerKind.Directed, PartnershipStage.Supply, TriggerStrength.Medium);

    /// <summary>Parts and products a carmaker buys in.</summary>
    private static readonly string[] Goods =
    [
        "电池", "电芯", "芯片", "系统", "方案", "技术", "平台", "座舱", "屏幕", "显示屏", "雷达", "传感器", "摄像头", "电机", "电驱",
        "零部件", "部件", "配件", "底盘", "车身", "软件", "算法", "模型", "地图", "轮胎", "玻璃", "座椅", "材料", "正极", "负极",
        "隔膜", "电解液", "域控", "控制器", "计算平台", "动力总成", "发动机", "变速箱",
    ];

    /// <summary>A found provenance: the owner of the goods, the company they come from, and where the word stands.</summary>
    public sealed record Match(MentionUnit Owner, MentionUnit Origin, TriggerMatch Trigger, bool Negated);

    /// <summary>Every <c>A的<i>goods</i>来自B</c> of the phrase.</summary>
    public static IEnumerable<Match> Find(CompactText text, TextSpan phrase, IReadOnlyList<MentionUnit> units)
    {
        var phraseText = text.Slice(phrase.Start, phrase.End).ToString();
        for (var at = phraseText.IndexOf(Word, StringComparison.Ordinal); at >= 0; at = phraseText.IndexOf(Word, at + Word.Length, StringComparison.Ordinal))
        {
            var start = phrase.Start + at;
            var end = start + Word.Length;
            var owner = units.LastOrDefault(u => u.End <= start && u.Takes && u.Relation == UnitRelation.None);
            var origin = units.FirstOrDefault(u => u.Start >= end && u.Takes);
            if (owner is null || origin is null || origin.Start - end > OriginReach)
            {
                continue;
            }

            var gap = text.Slice(owner.End, start).ToString();
            var goods = GoodsGap().Match(gap);
            if (!goods.Success || !Cues.ContainsAny(goods.Groups["goods"].ValueSpan, Goods))
            {
                continue;
            }

            var negated = goods.Groups["not"].Success;
            yield return new Match(owner, origin, new TriggerMatch(SupplyFrom, start, end, PartnershipStage.Supply), negated);
        }
    }

    /// <summary>的 + a short noun phrase of goods (no clause break, verb or second 的), perhaps with 均/都/主要 and a negation.</summary>
    [GeneratedRegex("^(?:旗下)?(?:[^，,。；;：:的与和]{0,8}的)?(?<goods>[^，,。；;：:的与和是为将把被]{1,12}?)(?:均|都|全部|主要|大多|大部分|也|则|仍|目前)?(?<not>并非|不是|并不|不|非)?$")]
    private static partial Regex GoodsGap();
}
