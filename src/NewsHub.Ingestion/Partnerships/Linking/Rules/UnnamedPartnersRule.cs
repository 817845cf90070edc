using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>A与多家车企洽谈合作，其中包括B和C</c>: a word of acting together whose partner word brings in companies it does not
/// name takes as partners the companies listed after it, or in the next clause.
/// </summary>
internal sealed class UnnamedPartnersRule(PairLinker linker) : PartnerRule
{
    public override void Apply(TriggerReading reading)
    {
        if (reading.Trigger.Trigger.Kind == TriggerKind.Mutual && reading.Objects.Count == 0 && reading.Right.Count == 0
            && reading.Subject is { } subject && reading.Listed.Count > 0
            && ConstructionPatterns.UnnamedPartners().IsMatch(linker.Text.Slice(subject.End, reading.Trigger.Start).ToString()))
        {
            reading.Objects = reading.Listed;
        }
    }
}
