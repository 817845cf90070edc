using Npgsql;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// Reads what readers would read, each check in one statement (one snapshot), and lists every sign
/// of a half-written or duplicated article: two versions' markers in one article, mentions whose
/// offsets do not point at their words in the text beside them, sources counted twice, articles
/// with no source.
/// </summary>
internal static class StoredArticleAudit
{
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        await foreach (var (id, title, text) in QueryAsync(connection, "SELECT id, title, clean_text FROM articles", r => (r.GetInt64(0), r.GetString(1), r.GetString(2)), cancellationToken))
        {
            var inTitle = VersionedCorpus.MarkersIn(title);
            var inText = VersionedCorpus.MarkersIn(text);
            if (inTitle.Count + inText.Count > 0 && !(inTitle.Count <= 1 && inText.Count == 1 && (inTitle.Count == 0 || inTitle.SetEquals(inText))))
            {
                problems.Add($"article {id} mixes versions: title {string.Join(",", inTitle)}, text {string.Join(",", inText)}");
            }
        }

        const string companyMentions = """
            SELECT a.id, a.clean_text, m.start, m.length, m.as_written
              FROM article_company_mentions m JOIN articles a ON a.id = m.article_id
            """;
        await foreach (var (id, text, start, length, asWritten) in QueryAsync(connection, companyMentions, r => (r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)), cancellationToken))
        {
            if (start < 0 || start + length > text.Length || !string.Equals(text.Substring(start, length), asWritten, StringComparison.Ordinal))
            {
                problems.Add($"article {id}: company mention \"{asWritten}\" at {start} is not in its text");
            }
        }

        const string partnershipMentions = """
            SELECT a.id, a.clean_text, m.evidence_start, m.evidence_length, m.evidence
              FROM partnership_mentions m JOIN articles a ON a.id = m.article_id
            """;
        await foreach (var (id, text, start, length, evidence) in QueryAsync(connection, partnershipMentions, r => (r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)), cancellationToken))
        {
            if (start < 0 || start + length > text.Length || !text.Substring(start, length).Contains(evidence.Trim(), StringComparison.Ordinal))
            {
                problems.Add($"article {id}: evidence at {start} is not in its text");
            }
        }

        await foreach (var path in QueryAsync(connection, "SELECT path FROM article_sources GROUP BY path HAVING count(*) > 1", r => r.GetString(0), cancellationToken))
        {
            problems.Add($"source {path} is stored twice");
        }

        await foreach (var hash in QueryAsync(connection, "SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1", r => r.GetString(0), cancellationToken))
        {
            problems.Add($"content {hash} is stored twice");
        }

        await foreach (var id in QueryAsync(connection, "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)", r => r.GetInt64(0), cancellationToken))
        {
            problems.Add($"article {id} has no source");
        }

        return problems;
    }

    private static async IAsyncEnumerable<T> QueryAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return read(reader);
        }
    }
}
