using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

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
internal sealed class ManyPartyStatementRule : SentenceRule
{
    // Three companies make a group statement where two make a deal.
    private const int ManyParties = 3;

    public override void Review(ReadOnlySpan<char> sentence, List<PairLink> links, int firstOfSentence)
    {
        if (!Cues.ContainsAny(sentence, ConstructionWords.ManyPartyStatement))
        {
            return;
        }

        var parties = links.Skip(firstOfSentence).SelectMany(l => new[] { l.Subject.Group, l.Object.Group }).Distinct(StringComparer.Ordinal).Count();
        if (parties >= ManyParties)
        {
            links.RemoveRange(firstOfSentence, links.Count - firstOfSentence);
        }
    }
}
