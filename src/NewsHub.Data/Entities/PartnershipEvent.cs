using NewsHub.Domain.Events;

namespace NewsHub.Data.Entities;

/// <summary>
/// A partnership between two company groups, gathered from the mentions that report one announcement
/// of the pair, across articles (see <c>Events.EventGrouping</c>).
/// </summary>
public class PartnershipEvent
{
    public long Id { get; set; }

    /// <summary>The group with the smaller id, so that a pair has one spelling.</summary>
    public int CompanyAId { get; set; }

    public Company CompanyA { get; set; } = null!;

    public int CompanyBId { get; set; }

    public Company CompanyB { get; set; } = null!;

    /// <summary>The furthest stage its mentions tell (an agreement and the supply it plans: supply).</summary>
    public PartnershipStage Stage { get; set; }

    /// <summary>True when the text speaks of a plan or the future (将, 计划).</summary>
    public bool IsPlanned { get; set; }

    public PartialDate Date { get; set; } = new();

    /// <summary>A full date to order and filter by: the event date filled out, or the publication date.</summary>
    public DateOnly? SortDate { get; set; }

    public double Confidence { get; set; }

    /// <summary>How many articles report the event; kept with the mentions.</summary>
    public int ArticleCount { get; set; }

    public List<PartnershipMention> Mentions { get; set; } = [];
}
