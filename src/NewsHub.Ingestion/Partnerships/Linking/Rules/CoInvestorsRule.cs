namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>本轮由A领投，B和C跟投</c>: investors joined by 和 before an investing word without an object each invested in the
/// round's company (<see cref="FundraiserRule"/>), not one in the other.
/// </summary>
internal sealed class CoInvestorsRule(PairLinker linker, FundraiserRule fundraiser) : CompletionRule
{
    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        if (reading.Source != SubjectSource.Clause || reading.Right.Count != 0 || reading.Objects is not [{ IsConjoined: true } coInvestor]
            || fundraiser.Raiser(reading) is not { } raiser || raiser.Members.Any(m => coInvestor.Members.Any(c => c.Group == m.Group)))
        {
            return false;
        }

        linker.Emit(reading.Context, reading.Subject!, [raiser], reading.Trigger, reading.Source, reading.SubjectSentence, links);
        linker.Emit(reading.Context, coInvestor, [raiser], reading.Trigger, reading.Source, reading.SubjectSentence, links);
        return true;
    }
}
