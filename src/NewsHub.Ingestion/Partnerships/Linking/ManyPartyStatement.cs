using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking;

/// <summary>
/// A statement made by many parties at once: an industry pledge or initiative (倡议, 公约), an alliance or a standards
/// group (联盟, 工作组, 团体标准), a list of members, exhibitors or attendees (成员单位, 参展, 出席). The companies named
/// there signed, joined or came together with many others; none of them is thereby the other's partner, so such a
/// sentence gives no pair among them, and one article of that kind puts no dozens of events on the timeline.
/// </summary>
/// <remarks>
/// A sentence that links only two companies (<c>A与B结成战略联盟</c>) is a deal between them and stays. A deal of one
/// company with several named partners (<c>A与B、C、D签署合作协议</c>) stays too when nothing in the sentence makes
/// it a collective statement.
/// </remarks>
internal static class ManyPartyStatement
{
    // Three companies make a group statement where two make a deal.
    private const int ManyParties = 3;

    /// <summary>Words that make what a sentence tells a statement of many parties.</summary>
    private static readonly string[] Cues =
    [
        "倡议", "宣言", "公约", "承诺书", "自律", "联盟", "行业标准", "团体标准", "国家标准", "标准制定", "制定标准", "工作组",
        "成员单位", "会员单位", "理事单位", "发起单位", "成员企业", "首批成员", "参会", "出席", "参展", "与会", "展商",
    ];

    /// <summary>True when <paramref name="sentence"/> is such a statement and <paramref name="links"/> join at least three companies.</summary>
    public static bool IsTold(ReadOnlySpan<char> sentence, IEnumerable<PairLink> links)
    {
        if (!Lexicon.Cues.ContainsAny(sentence, Cues))
        {
            return false;
        }

        var parties = links.SelectMany(l => new[] { l.Subject.Group, l.Object.Group }).Distinct(StringComparer.Ordinal).Count();
        return parties >= ManyParties;
    }
}
