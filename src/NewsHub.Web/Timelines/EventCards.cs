using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using Npgsql;

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

        var (leads, articles) = await LeadsAndArticlesAsync(db, [.. wanted], cancellationToken);
        var byId = events.ToDictionary(e => e.Id);
        return [.. wanted.Where(byId.ContainsKey).Select(id => ToCard(reference, byId[id], leads.GetValueOrDefault(id), articles[id]))];
    }

    /// <summary>
    /// Each event's lead mention (a sentence that gives the event's date, as the text gives it, of the event's
    /// stage, then the most confident, then the first: a card dated one month never leads with a sentence
    /// naming another) and its newest <see cref="ArticlesPerCard"/> present
    /// articles, in one round trip of two statements. Each event is looked up on its own (LATERAL), so a page reads
    /// a row or three per event rather than all of their mentions, with their evidence, to keep a few; picking
    /// them inside the events query made PostgreSQL rank every mention in the database before joining the page.
    /// </summary>
    private static async Task<(Dictionary<long, LeadRow> Leads, ILookup<long, ArticleLink> Articles)> LeadsAndArticlesAsync(
        NewsHubDbContext db, long[] ids, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT w.event_id, l.article_id, l.evidence, l.evidence_start, l.company_a_as_written, l.company_a_start,
                       l.company_b_as_written, l.company_b_start, l.trigger, l.trigger_start, l.company_a_group_id
                FROM unnest(@ids) AS w(event_id)
                CROSS JOIN LATERAL (
                    SELECT m.* FROM partnership_mentions AS m
                    JOIN articles AS a ON a.id = m.article_id
                    JOIN partnership_events AS e ON e.id = m.event_id
                    WHERE m.event_id = w.event_id AND a.status = 'Active'
                    ORDER BY (m.date_precision <> 'None' AND m.date_year IS NOT DISTINCT FROM e.date_year
                              AND (e.date_month IS NULL OR m.date_month = e.date_month)
                              AND (e.date_day IS NULL OR m.date_day = e.date_day)) DESC, -- gives the card's date
                             (m.date_source = e.date_source) DESC, (m.stage = e.stage) DESC, m.confidence DESC, m.id
                    LIMIT 1) AS l;
                SELECT w.event_id, x.id, x.title, x.outlet, x.published_at, x.published_offset_minutes
                FROM unnest(@ids) AS w(event_id)
                CROSS JOIN LATERAL (
                    SELECT a.id, a.title, a.outlet, a.published_at, a.published_offset_minutes FROM articles AS a
                    WHERE a.status = 'Active' AND a.id IN (SELECT m.article_id FROM partnership_mentions AS m WHERE m.event_id = w.event_id)
                    ORDER BY a.published_at DESC NULLS LAST, a.id
                    LIMIT 3) AS x; -- ArticlesPerCard
                """;
            command.Parameters.Add(new NpgsqlParameter("ids", ids));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var leads = new Dictionary<long, LeadRow>(ids.Length);
            while (await reader.ReadAsync(cancellationToken))
            {
                leads[reader.GetInt64(0)] = new LeadRow(
                    reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.GetInt32(5),
                    reader.GetString(6), reader.GetInt32(7), reader.GetString(8), reader.GetInt32(9), reader.GetInt32(10));
            }

            await reader.NextResultAsync(cancellationToken);
            var articles = new List<(long EventId, ArticleLink Link)>(ids.Length * ArticlesPerCard);
            while (await reader.ReadAsync(cancellationToken))
            {
                DateTimeOffset? published = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4);
                int? offset = reader.IsDBNull(5) ? null : reader.GetInt32(5);
                articles.Add((reader.GetInt64(0), new ArticleLink(
                    reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), ArticleTime.AsWritten(published, offset))));
            }

            return (leads, articles.ToLookup(a => a.EventId, a => a.Link));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static EventCard ToCard(ReferenceData reference, EventRow row, LeadRow? lead, IEnumerable<ArticleLink> articles)
    {
        var a = reference.Companies[row.CompanyAId];
        var b = reference.Companies[row.CompanyBId];
        string? aWritten = null, bWritten = null;
        EventEvidence? evidence = null;
        if (lead is not null)
        {
            // A mention keeps the group of each name it links, so each name goes on its group's side by id: nothing
            // to match by text offsets, which for a headline's evidence point into the title, not the tagged text.
            (aWritten, bWritten) = lead.AGroupId == row.CompanyAId ? (lead.AAsWritten, lead.BAsWritten) : (lead.BAsWritten, lead.AAsWritten);
            evidence = new EventEvidence(lead.ArticleId, EvidenceHighlighter.Highlight(lead.Evidence, lead.EvidenceStart,
            [
                new HighlightSpan(lead.AStart, lead.AAsWritten, HighlightKind.Company),
                new HighlightSpan(lead.BStart, lead.BAsWritten, HighlightKind.Company),
                new HighlightSpan(lead.TriggerStart, lead.Trigger, HighlightKind.Trigger),
            ]));
        }

        return new EventCard(
            row.Id, row.Stage, row.IsPlanned, row.Date, row.SortDate,
            new EventSide(a.Id, a.Name, a.EnglishNames, a.Role, aWritten) { Unreviewed = a.IsUnreviewed },
            new EventSide(b.Id, b.Name, b.EnglishNames, b.Role, bWritten) { Unreviewed = b.IsUnreviewed },
            row.ArticleCount, evidence, [.. articles]);
    }

    private sealed record EventRow(
        long Id, PartnershipStage Stage, bool IsPlanned, PartialDate Date, DateOnly? SortDate, int CompanyAId, int CompanyBId, int ArticleCount);

    private sealed record LeadRow(
        long ArticleId, string Evidence, int EvidenceStart, string AAsWritten, int AStart, string BAsWritten, int BStart, string Trigger, int TriggerStart, int AGroupId);
}
