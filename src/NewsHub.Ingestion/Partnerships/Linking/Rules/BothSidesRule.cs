namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>……，双方将成立合资公司</c>: 双方 as the subject are the two already named, so there is nothing new to link; but a joint
/// venture tells more of them, and the pairs linked earlier in the sentence take its stage.
/// </summary>
internal sealed class BothSidesRule(PairLinker linker) : SubjectRule
{
    private const string BothSides = "双方";

    public override SubjectOutcome TryFind(TriggerReading reading, List<PairLink> links)
    {
        if (!linker.Text.Slice(reading.Phrase.Span.Start, reading.Trigger.Start).Contains(BothSides, StringComparison.Ordinal))
        {
            return SubjectOutcome.NotFound;
        }

        linker.LinkAgainForJointVenture(reading.Context, null, reading.Trigger, links);
        return SubjectOutcome.Linked;
    }
}
