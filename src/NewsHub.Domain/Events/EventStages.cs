namespace NewsHub.Domain.Events;

/// <summary>How far a partnership has come: the stage an event shows when its reports tell several.</summary>
public static class EventStages
{
    /// <summary>
    /// The higher, the further: talks, then an agreement, then supply under it, then an investment, then a
    /// joint venture. An article that tells a signing and the supply it plans reports a supply deal.
    /// </summary>
    public static int Rank(PartnershipStage stage) => stage switch
    {
        PartnershipStage.Talks => 0,
        PartnershipStage.Agreement => 1,
        PartnershipStage.Supply => 2,
        PartnershipStage.Investment => 3,
        PartnershipStage.JointVenture => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "A new stage needs its place in the order of stages."),
    };

    /// <summary>The furthest of <paramref name="stages"/> (at least one).</summary>
    public static PartnershipStage Furthest(IEnumerable<PartnershipStage> stages) => stages.MaxBy(Rank);
}
