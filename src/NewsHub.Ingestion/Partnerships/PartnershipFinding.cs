using NewsHub.Ingestion.Companies;

namespace NewsHub.Ingestion.Partnerships;

/// <summary>
/// One sentence (or structured block) of an article saying that two company groups teamed up,
/// with the evidence an analyst needs to trust it.
/// </summary>
/// <param name="CompanyA">The first company as named in the evidence.</param>
/// <param name="CompanyB">The second company as named in the evidence; a different group from A's.</param>
/// <param name="Stage">Talks, agreement, joint venture, investment or supply.</param>
/// <param name="IsPlanned">True when the text speaks of a plan or the future (将, 计划).</param>
/// <param name="Date">When it happened, at the precision the text gives.</param>
/// <param name="Evidence">The sentence that says so.</param>
/// <param name="EvidenceStart">Offset of the sentence in the clean text.</param>
/// <param name="Trigger">The cooperation word that links the two (合作, 签署, 合资 …).</param>
/// <param name="TriggerStart">Offset of the trigger in the clean text.</param>
/// <param name="Confidence">0.0–1.0.</param>
public sealed record PartnershipFinding(
    CompanyMention CompanyA,
    CompanyMention CompanyB,
    PartnershipStage Stage,
    bool IsPlanned,
    PartialDate Date,
    string Evidence,
    int EvidenceStart,
    string Trigger,
    int TriggerStart,
    double Confidence)
{
    /// <summary>
    /// True when the sentence is the article's headline, not its text: offsets then point into the title.
    /// </summary>
    public bool InHeadline { get; init; }
}
