namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>丰田与比亚迪签署协议，成立合资公司</c>: a word without partners in a clause whose subject is the sentence's topic
/// tells more of the pairs an earlier clause linked; a joint venture gives them its stage, anything else nothing new.
/// </summary>
internal sealed class JointVentureRecallRule(PairLinker linker) : CompletionRule
{
    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        if (reading.Objects.Count > 0 || reading.Source != SubjectSource.Topic)
        {
            return false;
        }

        linker.LinkAgainForJointVenture(reading.Context, reading.Subject, reading.Trigger, links);
        return true;
    }
}
