using System.Runtime.CompilerServices;
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
        // Only these fixed fragments are spliced into the SQL; the text and its pattern are parameters ({0}, {1}).
        var like = text.Any(char.IsAsciiLetter) ? "ILIKE" : "LIKE";
        var hasPairs = text.EnumerateRunes().Skip(1).Any();
        var evidencePairs = hasPairs ? "newshub_bigrams(lower(m.evidence)) @> newshub_bigrams(lower({1})) AND " : "";
        var titlePairs = hasPairs ? "newshub_bigrams(lower(a.title)) @> newshub_bigrams(lower({1})) AND " : "";
        var sql = $$"""
            SELECT m.event_id AS "Value" FROM partnership_mentions AS m
            WHERE {{evidencePairs}}m.evidence {{like}} {0} ESCAPE '\'
            UNION ALL
            SELECT m.event_id FROM articles AS a JOIN partnership_mentions AS m ON m.article_id = a.id
            WHERE {{titlePairs}}a.title {{like}} {0} ESCAPE '\'
            """;
        object[] arguments = hasPairs ? [LikePattern.Containing(text), text] : [LikePattern.Containing(text)];
        return db.Database.SqlQuery<long>(FormattableStringFactory.Create(sql, arguments));
    }
}
