using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>由A、B三方合资</c>, <c>作为A和B首款联合开发的车型</c>: a list brought in by 由 (or, with a word that says "jointly",
/// by 作为/在) right before a word of acting together, with no 的 between (A和B的合资公司 are each their own), is who
/// acted together: its members are each other's partners, and what they founded together is each one's
/// (<see cref="JointCreationRule"/>).
/// </summary>
internal sealed class ActingTogetherRule(PairLinker linker, JointCreationRule jointCreation) : TriggerRule
{
    private const int CollectiveReach = 8;

    public override bool TryLink(TriggerReading reading, List<PairLink> links)
    {
        var trigger = reading.Trigger;
        if (trigger.Trigger.Kind != TriggerKind.Mutual
            || reading.Left.LastOrDefault(u => u.Relation is UnitRelation.Source or UnitRelation.Context) is not { GroupCount: >= 2 } agents
            || !IsActingTogether(agents, trigger))
        {
            return false;
        }

        linker.LinkWithin(reading.Context, agents, trigger, links);
        jointCreation.Link(reading.Context, [agents], reading.Right, trigger, links);
        return true;
    }

    private bool IsActingTogether(MentionUnit agents, TriggerMatch trigger)
    {
        var gap = linker.Text.Slice(agents.End, trigger.Start);
        if (gap.Length > CollectiveReach || gap.Contains('的'))
        {
            return false;
        }

        return agents.Relation == UnitRelation.Source
            || trigger.Trigger.Word.StartsWith("联合", StringComparison.Ordinal)
            || trigger.Trigger.Word.StartsWith("共同", StringComparison.Ordinal)
            || Cues.ContainsAny(gap, Cues.Collective);
    }
}
