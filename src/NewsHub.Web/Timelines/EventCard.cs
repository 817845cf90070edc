using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>
/// One partnership event as lists show it (timeline, company and pair pages): the two groups with the
/// names the lead evidence used, the stage, the date, the evidence and the articles reporting it.
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="Stage">Talks, agreement, supply, investment or joint venture.</param>
/// <param name="IsPlanned">True when the text speaks of a plan.</param>
/// <param name="Date">The date at the precision known.</param>
/// <param name="SortDate">The full date events are ordered and grouped by; null when none is known.</param>
/// <param name="CompanyA">The group with the smaller id.</param>
/// <param name="CompanyB">The other group.</param>
/// <param name="ArticleCount">How many present articles report it.</param>
/// <param name="Evidence">The most confident evidence sentence, highlighted; null if it could not be loaded.</param>
/// <param name="Articles">The first few reporting articles, newest first.</param>
public sealed record EventCard(
    long Id,
    PartnershipStage Stage,
    bool IsPlanned,
    PartialDate Date,
    DateOnly? SortDate,
    EventSide CompanyA,
    EventSide CompanyB,
    int ArticleCount,
    EventEvidence? Evidence,
    IReadOnlyList<ArticleLink> Articles);

/// <summary>One side of an event.</summary>
/// <param name="Id">The group's id.</param>
/// <param name="Name">The group's canonical name.</param>
/// <param name="EnglishNames">The group's English names.</param>
/// <param name="Role">The group's role.</param>
/// <param name="AsWritten">The name the lead evidence used for it (a brand such as 极氪 for 吉利), or null.</param>
public sealed record EventSide(int Id, string Name, IReadOnlyList<string> EnglishNames, CompanyRole Role, string? AsWritten)
{
    /// <summary>True when the group was discovered in articles and no admin reviewed it yet: shown marked.</summary>
    public bool Unreviewed { get; init; }

    /// <summary>True when the text named a brand, unit or alias rather than the group.</summary>
    public bool WrittenDifferently => AsWritten is not null && !string.Equals(AsWritten, Name, StringComparison.OrdinalIgnoreCase);
}

/// <summary>An evidence sentence with its highlights, and the article it comes from.</summary>
public sealed record EventEvidence(long ArticleId, IReadOnlyList<TextPart> Parts);

/// <summary>A link to an article with what identifies it to a reader.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">Its title (text, to be escaped).</param>
/// <param name="Outlet">Who published it.</param>
/// <param name="PublishedAt">When, in the offset the article gave.</param>
public sealed record ArticleLink(long Id, string Title, string? Outlet, DateTimeOffset? PublishedAt);
