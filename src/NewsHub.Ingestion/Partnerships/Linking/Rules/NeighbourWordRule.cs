using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>从「互掐」到「牵手」，小鹏华为……</c>: a clause that names two companies joined as partners but no cooperation word
/// takes the word of acting together from a neighbouring clause of the sentence that names no company.
/// </summary>
internal sealed class NeighbourWordRule(PairLinker linker) : PhraseRule
{
    public override void Link(PhraseScope scope, List<PairLink> links)
    {
        var units = scope.Phrase.Units;
        if (scope.Phrase.Triggers.Count > 0 || scope.Label is not null || scope.Context.Reading.HasTriggers
            || NeighbourTrigger(scope.Clauses, scope.ClauseIndex) is not { } neighbour || !IsPairOfPartners(units))
        {
            return;
        }

        var taking = units.Where(u => u.Takes).ToList();
        if (taking.Count >= 2)
        {
            linker.Emit(scope.Context, taking[0], [.. taking.Skip(1)], neighbour, SubjectSource.Neighbour, scope.Context.Sentence, links);
        }
    }

    /// <summary>A word of acting together in the clause before or after that names no company.</summary>
    private static TriggerMatch? NeighbourTrigger(IReadOnlyList<ClauseReading> clauses, int index)
    {
        foreach (var neighbour in new[] { index - 1, index + 1 })
        {
            if (neighbour >= 0 && neighbour < clauses.Count && !clauses[neighbour].Units.Any()
                && clauses[neighbour].Triggers.FirstOrDefault(t => t.Trigger.IsJoint) is { } trigger)
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>A subject and the partner a conjunction joined to it (<c>小鹏华为</c>, <c>A与B</c>), and nothing else.</summary>
    private static bool IsPairOfPartners(List<MentionUnit> units) =>
        units.Count == 2 && units[0].Relation == UnitRelation.None && units[1].IsConjoined;
}
