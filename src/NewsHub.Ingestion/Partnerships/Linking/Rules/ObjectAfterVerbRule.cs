using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>A携手B</c>, <c>A投资B、C</c>, <c>A的客户……，包括B、C</c>: a verb's partners include the companies after it, or the list
/// the next clause goes on with; not a word of acting together (its partner comes before it) nor a making verb (what
/// follows it is the thing made).
/// </summary>
internal sealed class ObjectAfterVerbRule : PartnerRule
{
    public override void Apply(TriggerReading reading)
    {
        if (reading.Trigger.Trigger.Kind != TriggerKind.Mutual && !reading.Trigger.Trigger.BeneficiaryOnly)
        {
            reading.Objects.AddRange(reading.Listed);
        }
    }
}
