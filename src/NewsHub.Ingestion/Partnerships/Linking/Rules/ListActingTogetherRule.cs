using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>A、B、C三方合资</c>, <c>A和B双方共同开发</c>, and as headlines write it <c>小鹏、华为合作</c>: a subject that lists companies
/// of two or more groups right before a word of acting together, with a collective word between (双方, 共同) or as a pair
/// with nothing between, are each other's partners. Not a longer list without one (<c>A、B、C等合作</c> may be many parties
/// each doing the same), nor the generic 合资品牌 or 合作车企.
/// </summary>
internal sealed class ListActingTogetherRule(PairLinker linker) : CompletionRule
{
    private const int CollectiveReach = 8;

    // What may stand between a pair listed with 、 and their word of acting together (再度合作, 正式合资).
    private const int PairGapReach = 2;

    // Words that make what stands between a listed pair and its word more than an adverb (A、B等合作, A、B的合作).
    private static readonly System.Buffers.SearchValues<char> PairGapBreakers = System.Buffers.SearchValues.Create("等的及或" + GrammarWords.PartnerChars);

    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        var (subject, trigger) = (reading.Subject!, reading.Trigger);
        if (reading.Objects.Count > 0 || reading.Source != SubjectSource.Clause || !trigger.Trigger.IsJoint || subject.GroupCount < 2
            || trigger.Start - subject.End > CollectiveReach
            || !(Cues.ContainsAny(linker.Text.Slice(subject.End, trigger.Start), Cues.Collective) || IsPairActingTogether(subject, trigger, reading.Context.Reading.Clause.Span)))
        {
            return false;
        }

        linker.LinkWithin(reading.Context, subject, trigger, links);
        return true;
    }

    private bool IsPairActingTogether(MentionUnit subject, TriggerMatch trigger, TextSpan clause)
    {
        if (subject.Members.Count != 2 || subject.GroupCount != 2 || trigger.Trigger.Kind != TriggerKind.Mutual
            || trigger.Trigger.Strength == TriggerStrength.Weak)
        {
            return false;
        }

        var text = linker.Text;
        var between = text.Slice(subject.Members[0].End, subject.Members[1].Start);
        var gap = text.Slice(subject.End, trigger.Start);
        var after = text.Slice(trigger.End, Math.Min(clause.End, trigger.End + 2));
        return between.Trim(" ()（）“”「」\"").ToString() is "" or "、" or "/"
            && gap.Length <= PairGapReach && gap.IndexOfAny(PairGapBreakers) < 0
            && !Cues.StartsWithAny(after, Cues.GenericAfterJoint);
    }
}
