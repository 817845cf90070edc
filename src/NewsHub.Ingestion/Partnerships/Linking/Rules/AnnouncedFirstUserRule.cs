using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>地平线宣布，理想汽车成为征程5芯片的首发量产车</c>, <c>宁德时代表示，蔚来将成为麒麟电池的首发车企</c>: a company named as the
/// first user of a product whose maker the noun does not name, right after a company announcing it with only an
/// announcing verb between, is that announcer's partner: the product is the announcer's own.
/// </summary>
/// <remarks>
/// Only when no company owns the noun (<c>B成为A芯片的首发车型</c> is <see cref="RelationalNounRule"/>'s), and never for
/// what the subject made itself (<c>成为自研芯片的首发车型</c>).
/// </remarks>
internal sealed class AnnouncedFirstUserRule(PairLinker linker) : CompletionRule
{
    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        var (context, subject, trigger) = (reading.Context, reading.Subject!, reading.Trigger);
        if (reading.Objects.Count > 0 || reading.Source != SubjectSource.Clause || !TriggerLexicon.FirstUse.Contains(trigger.Trigger.Word)
            || Cues.ContainsAny(linker.Text.Slice(subject.End, trigger.Start), Cues.SelfMade))
        {
            return false;
        }

        var announcer = linker.Participants.LastOrDefault(p => p.End <= subject.Start && p.Start >= context.Sentence.Span.Start);
        if (announcer is null || subject.Members.Any(m => m.Group == announcer.Group)
            || !ConstructionPatterns.AnnouncingGap().IsMatch(linker.Text.Slice(announcer.End, subject.Start).ToString()))
        {
            return false;
        }

        linker.Emit(context, subject, [new MentionUnit(announcer, UnitRelation.None)], trigger, SubjectSource.Clause, context.Sentence, links);
        return true;
    }
}
