using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using Npgsql;

namespace NewsHub.Web.Admin;

/// <summary>
/// What the review queue shows of a discovered company, so that an admin can judge it without opening
/// articles: the words around its mentions, and the partnership sentences it takes part in.
/// </summary>
public static class DiscoveredCompanyEvidence
{
    /// <summary>Characters of clean text shown on each side of a mention.</summary>
    public const int ContextChars = 40;

    /// <summary>
    /// For each company of <paramref name="companyIds"/>, its newest <paramref name="perCompany"/> mentions in present
    /// articles with their context, and its <paramref name="perCompany"/> most confident partnership sentences (each
    /// sentence once, with every pair of the company it tells, where a sentence naming three companies tells two); one
    /// round trip, each company looked up on its own (LATERAL) so that a busy one does not read all its mentions.
    /// </summary>
    public static async Task<(ILookup<int, MentionContext> Mentions, ILookup<int, PartnershipSentence> Partnerships)> LoadAsync(
        NewsHubDbContext db, IReadOnlyCollection<int> companyIds, int perCompany, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(companyIds);
        if (companyIds.Count == 0)
        {
            return (Array.Empty<MentionContext>().ToLookup(m => 0), Array.Empty<PartnershipSentence>().ToLookup(p => 0));
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            // substr counts code points where mention offsets count UTF-16 units; the page finds the name in the
            // context rather than trusting the offset, so a character outside the BMP shifts nothing that matters.
            command.CommandText = """
                SELECT w.company_id, x.article_id, x.title, x.as_written,
                       substr(x.clean_text, greatest(x.start - @context, 0) + 1, least(x.start, @context) + x.length + @context),
                       least(x.start, @context)
                FROM unnest(@ids) AS w(company_id)
                CROSS JOIN LATERAL (
                    SELECT m.article_id, a.title, a.clean_text, m.as_written, m.start, m.length
                    FROM article_company_mentions AS m JOIN articles AS a ON a.id = m.article_id
                    WHERE m.company_id = w.company_id AND a.status = 'Active'
                    ORDER BY a.published_at DESC NULLS LAST, m.article_id, m.start
                    LIMIT @per) AS x;
                SELECT w.company_id, x.article_id, x.title, x.evidence, x.names_a, x.names_b, x.event_ids
                FROM unnest(@ids) AS w(company_id)
                CROSS JOIN LATERAL (
                    SELECT pm.article_id, a.title, pm.evidence,
                           array_agg(pm.company_a_as_written ORDER BY pm.id) AS names_a,
                           array_agg(pm.company_b_as_written ORDER BY pm.id) AS names_b,
                           array_agg(pm.event_id ORDER BY pm.id) AS event_ids
                    FROM partnership_events AS e
                    JOIN partnership_mentions AS pm ON pm.event_id = e.id
                    JOIN articles AS a ON a.id = pm.article_id
                    WHERE (e.company_a_id = w.company_id OR e.company_b_id = w.company_id) AND a.status = 'Active'
                    GROUP BY pm.article_id, a.title, pm.evidence, pm.in_headline, pm.evidence_start
                    ORDER BY max(pm.confidence) DESC, min(pm.id)
                    LIMIT @per) AS x;
                """;
            command.Parameters.Add(new NpgsqlParameter("ids", companyIds.ToArray()));
            command.Parameters.Add(new NpgsqlParameter("per", perCompany));
            command.Parameters.Add(new NpgsqlParameter("context", ContextChars));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var mentions = new List<(int CompanyId, MentionContext Mention)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                mentions.Add((reader.GetInt32(0), MentionContext.Of(reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5))));
            }

            await reader.NextResultAsync(cancellationToken);
            var sentences = new List<(int CompanyId, PartnershipSentence Sentence)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var namesA = reader.GetFieldValue<string[]>(4);
                var namesB = reader.GetFieldValue<string[]>(5);
                var eventIds = reader.GetFieldValue<long[]>(6);
                PartnershipSentence.TeamUp[] pairs = [.. eventIds.Select((eventId, i) => new PartnershipSentence.TeamUp(namesA[i], namesB[i], eventId))];
                sentences.Add((reader.GetInt32(0), new PartnershipSentence(reader.GetInt64(1), reader.GetString(2), reader.GetString(3), pairs)));
            }

            return (mentions.ToLookup(m => m.CompanyId, m => m.Mention), sentences.ToLookup(s => s.CompanyId, s => s.Sentence));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>A mention with the words around it, split so that the name can be marked.</summary>
public sealed record MentionContext(long ArticleId, string ArticleTitle, string Before, string Name, string After)
{
    /// <summary>
    /// Splits <paramref name="context"/> around the mention, expected at <paramref name="expectedAt"/>; where a character
    /// outside the BMP moved it, at the first place <paramref name="asWritten"/> appears (all of it is "before" when it does not).
    /// </summary>
    public static MentionContext Of(long articleId, string title, string asWritten, string context, int expectedAt)
    {
        ArgumentNullException.ThrowIfNull(asWritten);
        ArgumentNullException.ThrowIfNull(context);
        var at = expectedAt >= 0 && string.CompareOrdinal(context, expectedAt, asWritten, 0, asWritten.Length) == 0 && expectedAt + asWritten.Length <= context.Length
            ? expectedAt
            : context.IndexOf(asWritten, StringComparison.Ordinal);
        return at < 0
            ? new MentionContext(articleId, title, context, "", "")
            : new MentionContext(articleId, title, context[..at], asWritten, context[(at + asWritten.Length)..]);
    }
}

/// <summary>A partnership sentence a discovered company takes part in, with the pairs of it the sentence tells.</summary>
public sealed record PartnershipSentence(long ArticleId, string ArticleTitle, string Evidence, IReadOnlyList<PartnershipSentence.TeamUp> Pairs)
{
    /// <summary>One pair the sentence tells, as the sentence writes the two names, and the event it is evidence for.</summary>
    public sealed record TeamUp(string CompanyA, string CompanyB, long EventId);
}
