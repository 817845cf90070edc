using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>小马智行完成新一轮融资，本轮由丰田领投，比亚迪跟投</c>: an investor whose investing word has no object, in a
/// sentence that told of a funding round, invested in the company that raised it, named before the round.
/// </summary>
internal sealed class FundraiserRule(PairLinker linker) : CompletionRule
{
    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        if (reading.Objects.Count > 0 || reading.Source != SubjectSource.Clause || Raiser(reading) is not { } raiser)
        {
            return false;
        }

        linker.Emit(reading.Context, reading.Subject!, [raiser], reading.Trigger, reading.Source, reading.SubjectSentence, links);
        return true;
    }

    /// <summary>The company that raised the round the investing word of <paramref name="reading"/> speaks of, or null.</summary>
    public MentionUnit? Raiser(TriggerReading reading)
    {
        var (context, subject, trigger) = (reading.Context, reading.Subject!, reading.Trigger);
        if (trigger.Stage != PartnershipStage.Investment || trigger.Trigger.Kind != TriggerKind.Directed)
        {
            return null;
        }

        var sentence = context.Sentence.Span;
        var round = Cues.IndexOfAny(linker.Text.Slice(sentence.Start, context.Reading.Clause.Span.Start), Cues.FundingRound);
        if (round < 0)
        {
            return null;
        }

        // 小马智行完成C轮融资，丰田领投，比亚迪跟投: the company that raised is the one named before the round, not the
        // investor the clause before was about.
        var raiser = linker.Participants.FirstOrDefault(p => p.Start >= sentence.Start && p.End <= sentence.Start + round
            && !subject.Members.Any(s => s.Group == p.Group));
        return raiser is null ? null : new MentionUnit(raiser, UnitRelation.None);
    }
}
