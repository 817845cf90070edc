using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>A的客户包括B、C</c>, <c>其最大投资者为B</c>, <c>B成为A的供应商</c>, <c>B也在A的合作名单中</c>: a relational noun links its
/// owner (the company right before it, or the company 其 stands for) with the companies listed after it or named as it.
/// It claims only a noun that has an owner here; one without is read as any other word.
/// </summary>
internal sealed class RelationalNounRule(PairLinker linker) : TriggerRule
{
    private const int PossessorReach = 16;

    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        if (reading.Trigger.Trigger.Kind != TriggerKind.Relational)
        {
            return false;
        }

        var (context, phrase, trigger, left) = (reading.Context, reading.Phrase, reading.Trigger, reading.Left);
        var text = linker.Text;
        MentionUnit? owner = null;
        if (left.Count > 0)
        {
            var nearest = left[^1];
            var gap = text.Slice(nearest.End, trigger.Start);
            if (gap.Length <= PossessorReach && gap.IndexOfAny(Cues.VerbMarkers) < 0)
            {
                owner = nearest;
            }
        }

        var pronoun = owner is null && linker.HasPossessivePronoun(phrase, trigger);
        if (owner is null && !pronoun)
        {
            return false;
        }

        var others = new List<MentionUnit>(reading.Listed);
        var source = SubjectSource.Possessor;
        var subjectSentence = context.Sentence;
        var ownerUnit = owner;
        if (owner is null)
        {
            // 其最大投资者为上汽: 其 is the company the sentence is about.
            if (PairLinker.ImplicitSubject(context) is not { } implicitOwner)
            {
                return true;
            }

            (ownerUnit, source, subjectSentence) = implicitOwner;
        }
        else
        {
            var before = left.TakeWhile(u => u != owner).ToList();
            var named = before.LastOrDefault(u => u.Relation == UnitRelation.None);
            if (named is not null && (Cues.ContainsAny(text.Slice(named.End, owner.Start), ConstructionWords.Copulas)
                || (IsListOfPartners(trigger, phrase) && Cues.ContainsAny(text.Slice(named.End, owner.Start), Cues.Membership))))
            {
                others.Add(named);
            }
            else if (others.Count == 0 && named is null
                && (Cues.ContainsAny(text.Slice(phrase.Span.Start, owner.Start), ConstructionWords.Copulas) || Cues.ContainsAny(text.Slice(phrase.Span.Start, owner.Start), Cues.Receive))
                && PairLinker.ImplicitSubject(context) is { } implicitSubject)
            {
                // 也是滴滴自动驾驶最为密切的合作伙伴之一 / 作为芯擎科技的主要出资者，吉利……: the subject is elsewhere.
                others.Add(implicitSubject.Unit);
                (_, source, subjectSentence) = implicitSubject;
            }
        }

        if (others.Count > 0)
        {
            linker.Emit(context, ownerUnit!, others, trigger, source, subjectSentence, links);
        }

        return true;
    }

    /// <summary><c>B也在A的合作名单中</c>, <c>B进入了A的客户名单</c>: a relational noun that is a list of partners.</summary>
    private bool IsListOfPartners(TriggerMatch trigger, Phrase phrase) =>
        trigger.Trigger.Word.EndsWith("名单", StringComparison.Ordinal)
        || linker.Text.Slice(trigger.End, Math.Min(phrase.Span.End, trigger.End + 2)).StartsWith("名单", StringComparison.Ordinal);
}
