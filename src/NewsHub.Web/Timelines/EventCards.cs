using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>Loads <see cref="EventCard"/>s for a page of events in two round trips, whatever the page size.</summary>
public static class EventCards
{
    /// <summary>How many reporting articles a card links to directly; the event page lists them all.</summary>
    public const int ArticlesPerCard = 3;

    /// <summary>
    /// The cards for <paramref name="page"/>, an already filtered, ordered and paged query; the order is kept.
    /// Only articles that are present count and are linked.
    /// </summary>
    public static async Task<IReadOnlyList<EventCard>> LoadAsync(
        NewsHubDbContext db, IQueryable<PartnershipEvent> page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(page);

        var events = await page
            .Select(e => new EventRow(
                e.Id,
                e.Stage,
                e.IsPlanned,
                e.Date,
                e.SortDate,
                new GroupRow(e.CompanyA.Id, e.CompanyA.CanonicalName, e.CompanyA.EnglishNames, e.CompanyA.Role),
                new GroupRow(e.CompanyB.Id, e.CompanyB.CanonicalName, e.CompanyB.EnglishNames, e.CompanyB.Role),
                e.Mentions.Where(m => m.Article.Status == ArticleStatus.Active).Select(m => m.ArticleId).Distinct().Count(),
                e.Mentions
                    .Where(m => m.Article.Status == ArticleStatus.Active)
                    .OrderByDescending(m => m.Confidence).ThenBy(m => m.Id)
                    .Select(m => new MentionRow(
                        m.ArticleId, m.Evidence, m.EvidenceStart, m.CompanyAAsWritten, m.CompanyAStart, m.CompanyBAsWritten, m.CompanyBStart,
                        m.Trigger, m.TriggerStart,
                        // Which group the first-named company folds into, to tell the names apart.
                        db.ArticleCompanyMentions
                            .Where(c => c.ArticleId == m.ArticleId && c.Start == m.CompanyAStart)
                            .Select(c => (int?)c.GroupId)
                            .FirstOrDefault()))
                    .FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var ids = events.Select(e => e.Id).ToList();
        var articles = await db.PartnershipMentions
            .Where(m => ids.Contains(m.EventId) && m.Article.Status == ArticleStatus.Active)
            .Select(m => new { m.EventId, m.ArticleId, m.Article.Title, m.Article.Outlet, m.Article.PublishedAt, m.Article.PublishedOffsetMinutes })
            .Distinct()
            .ToListAsync(cancellationToken);
        var articlesByEvent = articles
            .GroupBy(a => a.EventId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ArticleLink>)g
                    .OrderByDescending(a => a.PublishedAt).ThenBy(a => a.ArticleId)
                    .Take(ArticlesPerCard)
                    .Select(a => new ArticleLink(a.ArticleId, a.Title, a.Outlet, ArticleTime.AsWritten(a.PublishedAt, a.PublishedOffsetMinutes)))
                    .ToList());

        return [.. events.Select(e => ToCard(e, articlesByEvent.GetValueOrDefault(e.Id) ?? []))];
    }

    private static EventCard ToCard(EventRow row, IReadOnlyList<ArticleLink> articles)
    {
        string? aWritten = null, bWritten = null;
        EventEvidence? evidence = null;
        if (row.Lead is { } lead)
        {
            // The mention names its companies in text order; put each name on its group's side.
            var firstIsB = lead.FirstNamedGroupId == row.B.Id;
            (aWritten, bWritten) = firstIsB ? (lead.BAsWritten, lead.AAsWritten) : (lead.AAsWritten, lead.BAsWritten);
            evidence = new EventEvidence(lead.ArticleId, EvidenceHighlighter.Highlight(lead.Evidence, lead.EvidenceStart,
            [
                new HighlightSpan(lead.AStart, lead.AAsWritten, HighlightKind.Company),
                new HighlightSpan(lead.BStart, lead.BAsWritten, HighlightKind.Company),
                new HighlightSpan(lead.TriggerStart, lead.Trigger, HighlightKind.Trigger),
            ]));
        }

        return new EventCard(
            row.Id, row.Stage, row.IsPlanned, row.Date, row.SortDate,
            new EventSide(row.A.Id, row.A.Name, row.A.EnglishNames, row.A.Role, aWritten),
            new EventSide(row.B.Id, row.B.Name, row.B.EnglishNames, row.B.Role, bWritten),
            row.ArticleCount, evidence, articles);
    }

    private sealed record EventRow(
        long Id, PartnershipStage Stage, bool IsPlanned, PartialDate Date, DateOnly? SortDate, GroupRow A, GroupRow B, int ArticleCount, MentionRow? Lead);

    private sealed record GroupRow(int Id, string Name, List<string> EnglishNames, CompanyRole Role);

    private sealed record MentionRow(
        long ArticleId, string Evidence, int EvidenceStart, string AAsWritten, int AStart, string BAsWritten, int BStart,
        string Trigger, int TriggerStart, int? FirstNamedGroupId);
}
