using Microsoft.EntityFrameworkCore;
using NewsHub.Data;

namespace NewsHub.Web.Timelines;

/// <summary>
/// The events whose evidence sentence, or the title of an article reporting them, contains a reader's text:
/// the free-text filter of the timeline, the API and the CSV. Text is matched as written, with LIKE, and
/// ignoring case (ILIKE) only when it holds Latin letters, since ILIKE case-folds every character it reads.
/// </summary>
/// <remarks>
/// A LIKE with a leading % reads every row, which for a hundred thousand evidence sentences took most of a
/// request. The character-bigram GIN indexes of migration AddChangeNotificationsAndTextIndexes
/// (<c>newshub_bigrams(lower(…))</c>) find the rows holding every pair of neighbouring characters of the
/// text, and LIKE then keeps those that hold the text itself; a row containing the text holds all its
/// pairs, whatever the case, so nothing is lost. Text of one character has no pair: it is matched by LIKE
/// alone. The SQL is written here because EF cannot express an expression index or its operator.
/// </remarks>
internal static class EvidenceText
{
    /// <summary>The ids of the events mentioned with <paramref name="text"/>, as a sub-query to compose.</summary>
    public static IQueryable<long> EventIdsMatching(NewsHubDbContext db, string text)
    {
        var pattern = LikePattern.Containing(text);
        var hasPairs = text.EnumerateRunes().Skip(1).Any();
        return (hasPairs, text.Any(char.IsAsciiLetter)) switch
        {
            (true, false) => db.Database.SqlQuery<long>($"""
                SELECT m.event_id AS "Value" FROM partnership_mentions AS m
                WHERE newshub_bigrams(lower(m.evidence)) @> newshub_bigrams(lower({text})) AND m.evidence LIKE {pattern} ESCAPE '\'
                UNION ALL
                SELECT m.event_id FROM articles AS a JOIN partnership_mentions AS m ON m.article_id = a.id
                WHERE newshub_bigrams(lower(a.title)) @> newshub_bigrams(lower({text})) AND a.title LIKE {pattern} ESCAPE '\'
                """),
            (true, true) => db.Database.SqlQuery<long>($"""
                SELECT m.event_id AS "Value" FROM partnership_mentions AS m
                WHERE newshub_bigrams(lower(m.evidence)) @> newshub_bigrams(lower({text})) AND m.evidence ILIKE {pattern} ESCAPE '\'
                UNION ALL
                SELECT m.event_id FROM articles AS a JOIN partnership_mentions AS m ON m.article_id = a.id
                WHERE newshub_bigrams(lower(a.title)) @> newshub_bigrams(lower({text})) AND a.title ILIKE {pattern} ESCAPE '\'
                """),
            (false, false) => db.Database.SqlQuery<long>($"""
                SELECT m.event_id AS "Value" FROM partnership_mentions AS m WHERE m.evidence LIKE {pattern} ESCAPE '\'
                UNION ALL
                SELECT m.event_id FROM articles AS a JOIN partnership_mentions AS m ON m.article_id = a.id WHERE a.title LIKE {pattern} ESCAPE '\'
                """),
            (false, true) => db.Database.SqlQuery<long>($"""
                SELECT m.event_id AS "Value" FROM partnership_mentions AS m WHERE m.evidence ILIKE {pattern} ESCAPE '\'
                UNION ALL
                SELECT m.event_id FROM articles AS a JOIN partnership_mentions AS m ON m.article_id = a.id WHERE a.title ILIKE {pattern} ESCAPE '\'
                """),
        };
    }
}
