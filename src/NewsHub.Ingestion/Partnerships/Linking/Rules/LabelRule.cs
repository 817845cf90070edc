namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>合作双方：蔚来与宁德时代</c>: a short clause ending in a colon whose cooperation word names no company labels the
/// value after it; the first company of a phrase without a word of its own is then the partner of the rest, and a
/// list (<c>合作双方：A、B</c>) pairs its members when the label names both sides.
/// </summary>
internal sealed class LabelRule(PairLinker linker) : PhraseRule
{
    public override void Link(PhraseScope scope, List<PairLink> links)
    {
        if (scope.Phrase.Triggers.Count > 0 || scope.Label is not { } label)
        {
            return;
        }

        var taking = scope.Phrase.Units.Where(u => u.Takes).ToList();
        if (taking.Count >= 2)
        {
            linker.Emit(scope.Context, taking[0], [.. taking.Skip(1)], label.Trigger, SubjectSource.Label, scope.Context.Sentence, links);
        }
        else if (label.NamesBothSides && taking.Count == 1 && taking[0].GroupCount >= 2)
        {
            linker.LinkWithin(scope.Context, taking[0], label.Trigger, links);
        }
    }
}
