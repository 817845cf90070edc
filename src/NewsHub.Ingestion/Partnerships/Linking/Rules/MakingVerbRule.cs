using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// A making or delivering verb (开发, 打造, 生产, 交付) links only the company it is done for (<c>A为B开发</c>), a partner it is done with
/// (<c>A与B开发</c>: cooperation then, not supply), or its maker brought in by 由 (<c>A的下一代车型由B制造</c>): the
/// maker is a partner where a mere making verb would link nothing.
/// </summary>
internal sealed class MakingVerbRule(PairLinker linker) : PartnerRule
{
    // How far the making verb may follow its maker (由富士康代工生产, 由麦格纳负责整车制造).
    private const int MakerReach = 8;

    public override void Apply(TriggerReading reading)
    {
        var trigger = reading.Trigger;
        if (!trigger.Trigger.BeneficiaryOnly)
        {
            return;
        }

        reading.Objects = [.. reading.Objects.Where(u => u.Relation == UnitRelation.Beneficiary || (u.Relation == UnitRelation.Partner && !u.IsConjoined) || IsMaker(u, trigger, reading.Phrase))];
        if (reading.Objects.Count > 0 && reading.Objects.All(u => u.Relation == UnitRelation.Partner))
        {
            // 与福特开发 is making something together, not for the other: cooperation, not supply.
            reading.Trigger = trigger with { Stage = PartnershipStage.Agreement };
        }
    }

    /// <remarks>Not when another cooperation word stands between (<c>由A和B合作打造</c>): that word tells who acted.</remarks>
    private bool IsMaker(MentionUnit unit, TriggerMatch trigger, Phrase phrase) =>
        unit.Relation == UnitRelation.Source
        && Cues.ContainsAny(linker.Text.Slice(Math.Max(0, unit.Start - 1), unit.Start), Cues.MakerPrepositions)
        && trigger.Start - unit.End <= MakerReach
        && !phrase.Triggers.Concat(phrase.Negated).Any(t => t.Start >= unit.End && t.Start < trigger.Start);
}
