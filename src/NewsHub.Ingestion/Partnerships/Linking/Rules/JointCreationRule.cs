using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>宝马和长城合资成立的光束汽车</c>, <c>作为百度和吉利联合打造的造车企业，集度……</c>: a company described as what several
/// made together (a relative clause with a word of founding or making together, or a fronted 作为 phrase ending in a
/// kind of company) is each maker's partner. Only for words of creating (合资, 成立, 打造 …): what two companies merely
/// 合作 on is a product, and the company after it a third party. Run after the makers are linked, by
/// <see cref="ActingTogetherRule"/> and <see cref="CooperationVerbRule"/>.
/// </summary>
internal sealed class JointCreationRule(PairLinker linker) : LinkRule
{
    public void Link(LinkContext context, List<MentionUnit> makers, List<MentionUnit> right, TriggerMatch trigger, List<PairLink> links)
    {
        if (trigger.Stage != PartnershipStage.JointVenture && !Cues.ContainsAny(trigger.Trigger.Word, Cues.Creating))
        {
            return;
        }

        var head = RelativeHeadRule.Find(linker.Text, right, trigger);
        var source = SubjectSource.RelativeHead;
        if (head is null && right.Count == 0 && context.Fronted && context.NextLead is { } next
            && ConstructionPatterns.CompanyKindEnd().IsMatch(linker.Text.Slice(trigger.End, context.Reading.Clause.Span.End).ToString()))
        {
            (head, source) = (next, SubjectSource.NextClause);
        }

        if (head is not null && !makers.Contains(head))
        {
            linker.Emit(context, head, makers, trigger, source, context.Sentence, links);
        }
    }
}
