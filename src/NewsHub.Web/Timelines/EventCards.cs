using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>Loads the <see cref="EventCard"/>s of a page of events in two round trips, whatever the page size.</summary>
public static class EventCards
{
    /// <summary>How many reporting articles a card links to directly; the event page lists them all.</summary>
    public const int ArticlesPerCard = 3;

    /// <summary>
    /// The cards of the events <paramref name="ids"/>, in that order (a page from <see cref="EventPage"/>).
    /// Only articles that are present count and are linked.
    /// </summary>
    public static async Task<IReadOnlyList<EventCard>> LoadAsync(
        NewsHubDbContext db, ReferenceData reference, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var wanted = ids as List<long> ?? [.. ids];
        // The groups' names come from the catalog in memory rather than two joins.
        var events = await db.PartnershipEvents.AsNoTracking()
            .Where(e => wanted.Contains(e.Id))
            .Select(e => new EventRow(
                e.Id,
                e.Stage,
                e.IsPlanned,
                e.Date,
                e.SortDate,
                e.CompanyAId,
                e.CompanyBId,
                e.Mentions.Where(m => m.Article.Status == ArticleStatus.Active).Select(m => m.ArticleId).Distinct().Count()))
            .ToListAsync(cancellationToken);

        // The page's mentions in a query of their own: picking the lead one inside the query above made
        // PostgreSQL rank every mention in the database before joining the page.
        var mentions = await db.PartnershipMentions
            .Where(m => wanted.Contains(m.EventId) && m.Article.Status == ArticleStatus.Active)
            .Select(m => new MentionRow(
                m.Id, m.EventId, m.Confidence, m.ArticleId, m.Article.Title, m.Article.Outlet, m.Article.PublishedAt, m.Article.PublishedOffsetMinutes,
                m.Evidence, m.EvidenceStart, m.CompanyAAsWritten, m.CompanyAStart, m.CompanyBAsWritten, m.CompanyBStart, m.Trigger, m.TriggerStart,
                // Which group the first-named company folds into, to put each name on its side.
                db.ArticleCompanyMentions
                    .Where(c => c.ArticleId == m.ArticleId && c.Start == m.CompanyAStart)
                    .Select(c => (int?)c.GroupId)
                    .FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var mentionsByEvent = mentions.ToLookup(m => m.EventId);

        var byId = events.ToDictionary(e => e.Id);
        return [.. wanted.Where(byId.ContainsKey).Select(id => ToCard(reference, byId[id], mentionsByEvent[id]))];
    }

    private static EventCard ToCard(ReferenceData reference, EventRow row, IEnumerable<MentionRow> mentions)
    {
        var a = reference.Companies[row.CompanyAId];
        var b = reference.Companies[row.CompanyBId];
        var present = mentions.ToList();
        var articles = present
            .DistinctBy(m => m.ArticleId)
            .OrderByDescending(m => m.PublishedAt).ThenBy(m => m.ArticleId)
            .Take(ArticlesPerCard)
            .Select(m => new ArticleLink(m.ArticleId, m.Title, m.Outlet, ArticleTime.AsWritten(m.PublishedAt, m.PublishedOffsetMinutes)))
            .ToList();

        string? aWritten = null, bWritten = null;
        EventEvidence? evidence = null;
        if (present.OrderByDescending(m => m.Confidence).ThenBy(m => m.Id).FirstOrDefault() is { } lead)
        {
            // The mention names its companies in text order; put each name on its group's side.
            var firstIsB = lead.FirstNamedGroupId == b.Id;
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
            new EventSide(a.Id, a.Name, a.EnglishNames, a.Role, aWritten),
            new EventSide(b.Id, b.Name, b.EnglishNames, b.Role, bWritten),
            row.ArticleCount, evidence, articles);
    }

    private sealed record EventRow(
        long Id, PartnershipStage Stage, bool IsPlanned, PartialDate Date, DateOnly? SortDate, int CompanyAId, int CompanyBId, int ArticleCount);

    private sealed record MentionRow(
        long Id, long EventId, double Confidence, long ArticleId, string Title, string? Outlet, DateTimeOffset? PublishedAt, int? PublishedOffsetMinutes,
        string Evidence, int EvidenceStart, string AAsWritten, int AStart, string BAsWritten, int BStart, string Trigger, int TriggerStart, int? FirstNamedGroupId);
}
