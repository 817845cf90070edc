using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>理想汽车的电池来自宁德时代</c>, <c>该车型的芯片均来自英伟达</c>: a company's part or product that comes from
/// another company makes the other its supplier, though no cooperation word stands between them.
/// </summary>
/// <remarks>
/// Only for goods (<see cref="ConstructionWords.Goods"/>) owned by the company right before: people, money, users and
/// news come from companies too (<c>来自宝马的高管</c>, <c>来自支付宝的用户</c>) and tie nobody. Negated goods
/// (<c>并非来自</c>), a denying sentence or a comparison frame put the link among the denials.
/// </remarks>
internal sealed class ProvenanceRule(PairLinker linker) : PhraseRule
{
    // How far the supplier may follow 来自 (来自于, 来自 「…」).
    private const int OriginReach = 2;

    /// <summary>The word stands for a supply link in the evidence; as a preposition it links nothing.</summary>
    private static readonly Trigger SupplyFrom = new(ConstructionWords.Provenance, TriggerKind.Directed, PartnershipStage.Supply, TriggerStrength.Medium);

    public override void Link(PhraseScope scope, List<PairLink> links)
    {
        var context = scope.Context;
        var phrase = scope.Phrase;
        var denied = context.Denied || linker.IsComparisonFrame(context.Reading.Clause.Span);
        var text = linker.Text;
        var word = ConstructionWords.Provenance;
        var phraseText = text.Slice(phrase.Span.Start, phrase.Span.End).ToString();
        for (var at = phraseText.IndexOf(word, StringComparison.Ordinal); at >= 0; at = phraseText.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var start = phrase.Span.Start + at;
            var end = start + word.Length;
            var owner = phrase.Units.LastOrDefault(u => u.End <= start && u.Takes && u.Relation == UnitRelation.None);
            var origin = phrase.Units.FirstOrDefault(u => u.Start >= end && u.Takes);
            if (owner is null || origin is null || origin.Start - end > OriginReach)
            {
                continue;
            }

            var goods = ConstructionPatterns.GoodsGap().Match(text.Slice(owner.End, start).ToString());
            if (!goods.Success || !Cues.ContainsAny(goods.Groups["goods"].ValueSpan, ConstructionWords.Goods))
            {
                continue;
            }

            if (start >= linker.HypothesisEnds(context.Sentence))
            {
                continue;
            }

            var trigger = new TriggerMatch(SupplyFrom, start, end, PartnershipStage.Supply);
            var negated = denied || goods.Groups["not"].Success || linker.NegationGoverns(phrase.Span.Start, text.Slice(phrase.Span.Start, start));
            linker.Emit(context, owner, [origin], trigger, SubjectSource.Clause, context.Sentence, negated ? linker.TakenBack : links);
        }
    }
}
