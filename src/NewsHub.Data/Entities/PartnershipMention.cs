namespace NewsHub.Data.Entities;

/// <summary>One sentence of one article that says two groups teamed up: the evidence for an event.</summary>
public class PartnershipMention
{
    public long Id { get; set; }

    public long EventId { get; set; }

    public PartnershipEvent Event { get; set; } = null!;

    public long ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    public required string Evidence { get; set; }

    /// <summary>
    /// True when the evidence is the article's headline, which tells a pair its text does not: the
    /// offsets below then point into the title, not the clean text.
    /// </summary>
    public bool InHeadline { get; set; }

    /// <summary>Offset of the evidence sentence in the article's clean text (or title, <see cref="InHeadline"/>).</summary>
    public int EvidenceStart { get; set; }

    public int EvidenceLength { get; set; }

    /// <summary>
    /// The company named on side A as written (a brand or unit, or the group itself), as the tagger resolved it when
    /// the article was stored: pages and exports read it here rather than finding the name again.
    /// </summary>
    public int CompanyAId { get; set; }

    /// <summary>The group <see cref="CompanyAId"/> folds into: always the event's <see cref="PartnershipEvent.CompanyAId"/>.</summary>
    public int CompanyAGroupId { get; set; }

    public required string CompanyAAsWritten { get; set; }

    /// <summary>Offset of company A's name in the clean text.</summary>
    public int CompanyAStart { get; set; }

    /// <summary>The company named on side B as written; see <see cref="CompanyAId"/>.</summary>
    public int CompanyBId { get; set; }

    /// <summary>The group <see cref="CompanyBId"/> folds into: always the event's <see cref="PartnershipEvent.CompanyBId"/>.</summary>
    public int CompanyBGroupId { get; set; }

    public required string CompanyBAsWritten { get; set; }

    public int CompanyBStart { get; set; }

    public required string Trigger { get; set; }

    public int TriggerStart { get; set; }

    public PartnershipStage Stage { get; set; }

    public bool IsPlanned { get; set; }

    public PartialDate Date { get; set; } = new();

    public double Confidence { get; set; }

    /// <summary>
    /// The day the mention's article was published, in the article's own calendar, or null when it gives no date.
    /// Kept with the mention (the article's column holds the UTC instant) so that summing up an event, which
    /// happens for most imported files, reads its mentions alone and not one article row per mention.
    /// </summary>
    public DateOnly? ArticlePublishedOn { get; set; }
}
