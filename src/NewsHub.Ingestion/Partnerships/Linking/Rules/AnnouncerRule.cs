using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>英伟达宣布，理想汽车将在下一代车型上使用Thor平台</c>: a supplier announcing that a company will adopt something
/// names no object after the adoption verb, because the thing adopted is the announcer's own. The announcer is the
/// company right before the subject with only an announcing verb between; never for what the subject made itself
/// (采用自研芯片). The announcement goes on over the adopting clause right after (<c>……，长城、小米三家厂商采用Orin</c>).
/// </summary>
/// <remarks>Remembers the last announcement, so it is made per linker.</remarks>
internal sealed class AnnouncerRule(PairLinker linker) : CompletionRule
{
    private Announcement? _announcement;

    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        if (reading.Objects.Count > 0 || reading.Source != SubjectSource.Clause || Announcer(reading) is not { } announcer)
        {
            return false;
        }

        linker.Emit(reading.Context, reading.Subject!, [announcer], reading.Trigger, reading.Source, reading.SubjectSentence, links);
        return true;
    }

    private MentionUnit? Announcer(TriggerReading reading)
    {
        var (context, subject, trigger) = (reading.Context, reading.Subject!, reading.Trigger);
        var text = linker.Text;
        if (!TriggerLexicon.Adoption.Contains(trigger.Trigger.Word)
            || Cues.ContainsAny(text.Slice(trigger.End, context.Reading.Clause.Span.End), Cues.SelfMade))
        {
            return null;
        }

        var clause = context.Reading.Clause.Span;
        var announcer = linker.Participants.LastOrDefault(p => p.End <= subject.Start && p.Start >= context.Sentence.Span.Start);
        if (announcer is not null && !subject.Members.Any(m => m.Group == announcer.Group)
            && ConstructionPatterns.AnnouncingGap().IsMatch(text.Slice(announcer.End, subject.Start).ToString()))
        {
            _announcement = new Announcement(context.Sentence, announcer, clause.End);
            return new MentionUnit(announcer, UnitRelation.None);
        }

        if (_announcement is { } told && told.Sentence == context.Sentence && clause.Start - told.ClauseEnd <= 1
            && !subject.Members.Any(m => m.Group == told.Announcer.Group) && PairLinker.IsNearClauseStart(subject.Start, clause.Start))
        {
            _announcement = told with { ClauseEnd = clause.End };
            return new MentionUnit(told.Announcer, UnitRelation.None);
        }

        return null;
    }

    /// <summary>A supplier that announced another company's adoption, and where the clause it covered ends.</summary>
    private sealed record Announcement(Sentence Sentence, Participant Announcer, int ClauseEnd);
}
