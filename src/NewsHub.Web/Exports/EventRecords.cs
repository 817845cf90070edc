using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Exports;

/// <summary>
/// Loads partnership events with everything an export shows: both companies, the date at its precision, and
/// every mention's evidence with its source article. Shared by the JSON API and the Atom feeds, so that both
/// say the same thing about an event.
/// </summary>
public static class EventRecords
{
    /// <summary>
    /// Loads the events of <paramref name="events"/> (already filtered, ordered and paged by the caller) in
    /// their order. Mentions from articles hidden from timelines are left out.
    /// </summary>
    public static async Task<IReadOnlyList<EventRecord>> LoadAsync(IQueryable<PartnershipEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var rows = await events
            .Select(e => new
            {
                e.Id,
                A = new CompanyRecord(e.CompanyA.Id, e.CompanyA.CanonicalName, e.CompanyA.Role, e.CompanyA.Status != CompanyStatus.Discovered),
                B = new CompanyRecord(e.CompanyB.Id, e.CompanyB.CanonicalName, e.CompanyB.Role, e.CompanyB.Status != CompanyStatus.Discovered),
                e.Stage,
                e.IsPlanned,
                e.Date.Year,
                e.Date.Month,
                e.Date.Day,
                e.Date.Precision,
                e.Date.Source,
                e.SortDate,
                e.Confidence,
                Mentions = e.Mentions
                    .Where(m => m.Article.Status == ArticleStatus.Active)
                    .OrderByDescending(m => m.Confidence).ThenBy(m => m.Id)
                    .Select(m => new MentionRow(
                        m.Id, m.Evidence, m.CompanyAAsWritten, m.CompanyBAsWritten, m.Trigger, m.Confidence,
                        m.ArticleId, m.Article.Title, m.Article.PublishedAt, m.Article.PublishedOffsetMinutes,
                        m.Article.Outlet, m.Article.SourceUrl, m.Article.UpdatedAt))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r => new EventRecord(
            r.Id, r.A, r.B, r.Stage, r.IsPlanned,
            new PartialDate { Year = r.Year, Month = r.Month, Day = r.Day, Precision = r.Precision, Source = r.Source },
            // "N 篇报道" counts the present articles, as the cards do: the mentions loaded are theirs only.
            r.SortDate, r.Confidence, r.Mentions.Select(m => m.ArticleId).Distinct().Count(),
            [.. r.Mentions.Select(m => m.ToRecord())]))];
    }

    private sealed record MentionRow(
        long Id, string Evidence, string CompanyAAsWritten, string CompanyBAsWritten, string Trigger, double Confidence,
        long ArticleId, string ArticleTitle, DateTimeOffset? PublishedUtc, int? PublishedOffsetMinutes,
        string? Outlet, string? SourceUrl, DateTimeOffset ArticleUpdatedAt)
    {
        public MentionRecord ToRecord() => new(
            Id, Evidence, CompanyAAsWritten, CompanyBAsWritten, Trigger, Confidence,
            new ArticleRecord(ArticleId, ArticleTitle, WithOffset(PublishedUtc, PublishedOffsetMinutes), Outlet, SourceUrl, ArticleUpdatedAt));
    }

    /// <summary>A projection reads the UTC instant; give it back the offset the article was written with.</summary>
    internal static DateTimeOffset? WithOffset(DateTimeOffset? utc, int? offsetMinutes) =>
        utc is { } instant && offsetMinutes is { } minutes ? instant.ToOffset(TimeSpan.FromMinutes(minutes)) : utc;
}

/// <summary>A company as exports name it: its group id, canonical name and role.</summary>
/// <param name="Reviewed">False for a company discovered in articles that no admin reviewed yet.</param>
public sealed record CompanyRecord(int Id, string Name, CompanyRole Role, bool Reviewed);

/// <summary>An event between two company groups with its evidence.</summary>
/// <param name="Date">The event date at the precision known.</param>
/// <param name="SortDate">The full date used to order and filter (the event date filled out, or the publication date).</param>
/// <param name="Mentions">Evidence sentences, most confident first.</param>
public sealed record EventRecord(
    long Id, CompanyRecord CompanyA, CompanyRecord CompanyB, PartnershipStage Stage, bool IsPlanned, PartialDate Date,
    DateOnly? SortDate, double Confidence, int ArticleCount, IReadOnlyList<MentionRecord> Mentions);

/// <summary>One sentence of one article that reports an event.</summary>
public sealed record MentionRecord(
    long Id, string Evidence, string CompanyAAsWritten, string CompanyBAsWritten, string Trigger, double Confidence, ArticleRecord Article);

/// <summary>The source article of a mention.</summary>
public sealed record ArticleRecord(long Id, string Title, DateTimeOffset? PublishedAt, string? Outlet, string? SourceUrl, DateTimeOffset UpdatedAt);
