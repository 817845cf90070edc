namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// Every cooperation word of the phrase is linked by the <see cref="LinkRules.Trigger"/> rules; a word that negation or
/// denial took back (<c>并未与华为洽谈</c>, <c>否认与苹果合作</c>) is linked too, into the denials, so that a rumour of the
/// same pair elsewhere in the article is not believed.
/// </summary>
internal sealed class CooperationWordRule(PairLinker linker) : PhraseRule
{
    public override void Link(PhraseScope scope, List<PairLink> links)
    {
        foreach (var trigger in scope.Phrase.Negated)
        {
            linker.LinkTrigger(scope.Context, scope.Phrase, trigger, linker.TakenBack);
        }

        foreach (var trigger in scope.Phrase.Triggers)
        {
            linker.LinkTrigger(scope.Context, scope.Phrase, trigger, links);
        }
    }
}
