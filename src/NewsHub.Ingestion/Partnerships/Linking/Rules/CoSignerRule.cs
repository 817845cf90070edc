using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>A和B在发布会现场与C签约</c>, <c>A和B正在为C开发</c>, <c>A和B从C采购</c>: a company joined to the subject by 和
/// before a partner, client or source that a preposition brings in is a second subject beside the first, so each of
/// them is C's partner and the two are not each other's.
/// </summary>
internal sealed class CoSignerRule : PartnerRule
{
    public override void Apply(TriggerReading reading)
    {
        var partners = reading.Objects;
        var joined = partners.FirstOrDefault(u => u.IsConjoined);
        if (joined is not null && partners.Any(u => u.Start > joined.End && (u.Relation is UnitRelation.Beneficiary or UnitRelation.Source
            || (u.Relation == UnitRelation.Partner && !u.IsConjoined))))
        {
            partners.Remove(joined);
            reading.CoSubject = joined;
        }
    }
}
