using NewsHub.Data.Entities;
using NewsHub.Data.Search;
using Npgsql;
using NpgsqlTypes;
using static NewsHub.Data.Writing.SqlCommands;

namespace NewsHub.Data.Writing;

/// <summary>
/// The two round trips of the common case of an import, a file never seen before, written as plain SQL:
/// <see cref="ProbeAsync"/> takes the writer's locks and looks the path and the content up;
/// <see cref="InsertNewAsync"/> stores the article, its source, its company mentions and its search
/// vector in one statement.
/// </summary>
/// <remarks>
/// Through EF Core the same work took a dozen round trips (an INSERT … RETURNING per entity, a COPY for
/// the mentions, then an UPDATE that rewrote the row to add its search vector), and the change tracker and
/// query pipeline cost more CPU than the rest of the write. Both statements keep their text fixed and pass
/// every value as a parameter, so Npgsql can prepare them once per connection. The rarer cases (a changed
/// file, a duplicate) stay with EF Core in <see cref="ArticleWriter"/>, but for the company mentions, which
/// <see cref="InsertCompanyMentionsAsync"/> stores as the first import does.
/// </remarks>
internal static class ArticleInsert
{
    private const string SourceByPathSql = "SELECT s.id, s.article_id FROM article_sources AS s WHERE s.kind = $2 AND s.path = $1";
    private const string ArticleByContentSql = "SELECT a.id FROM articles AS a WHERE a.content_hash = $1";

    // Column lists follow the snake_case names of the EF model (see the migrations); the test suite
    // writes through this path, so a renamed column fails it at once.
    private const string InsertSql =
        """
        WITH article AS (
            INSERT INTO articles (content_hash, title, published_at, published_offset_minutes, author, outlet, source_url,
                                  format, encoding, clean_text, sanitized_html, metadata_json, imported_at, updated_at, status,
                                  search_vector)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15::tsvector)
            RETURNING id),
        source AS (
            INSERT INTO article_sources (article_id, kind, path, source_id, content_hash, first_seen_at, last_seen_at, is_missing)
            SELECT id, $22, $16, $23, $1, $13, $13, false FROM article),
        mentions AS (
            INSERT INTO article_company_mentions (article_id, company_id, group_id, as_written, start, length)
            SELECT article.id, m.company_id, m.group_id, m.as_written, m.start, m.length
              FROM article, unnest($17::integer[], $18::integer[], $19::text[], $20::integer[], $21::integer[])
                   AS m(company_id, group_id, as_written, start, length))
        SELECT id FROM article
        """;

    // The mentions of an article stored already (a changed file): the same columns as the CTE above.
    private const string InsertCompanyMentionsSql =
        """
        INSERT INTO article_company_mentions (article_id, company_id, group_id, as_written, start, length)
        SELECT $1, m.company_id, m.group_id, m.as_written, m.start, m.length
          FROM unnest($2::integer[], $3::integer[], $4::text[], $5::integer[], $6::integer[])
               AS m(company_id, group_id, as_written, start, length)
        """;

    /// <summary>Takes the path and content locks and finds what is already stored for this file.</summary>
    public static async Task<StoredState> ProbeAsync(NewsHubDbContext db, ArticleToStore input, CancellationToken cancellationToken)
    {
        var keys = new[] { AdvisoryLocks.ForPath(input.SourceKind, input.SourcePath), AdvisoryLocks.ForContent(input.ContentHash) }.Distinct().Order().ToArray();
        await using var batch = Batch(db);
        batch.BatchCommands.Add(BatchCommand(LockSql, Parameter(keys, NpgsqlDbType.Array | NpgsqlDbType.Bigint)));
        batch.BatchCommands.Add(BatchCommand(SourceByPathSql, Parameter(input.SourcePath, NpgsqlDbType.Varchar), Parameter(input.SourceKind.ToString(), NpgsqlDbType.Varchar)));
        batch.BatchCommands.Add(BatchCommand(ArticleByContentSql, Parameter(input.ContentHash, NpgsqlDbType.Varchar)));

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await SkipRowsAsync(reader, cancellationToken);

        await reader.NextResultAsync(cancellationToken);
        (long Id, long ArticleId)? source = await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
        await reader.NextResultAsync(cancellationToken);
        long? sameContent = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : null;
        return new StoredState(source?.Id, source?.ArticleId, sameContent);
    }

    /// <summary>Stores a file whose path and content are both new; returns the article's id.</summary>
    public static async Task<long> InsertNewAsync(
        NewsHubDbContext db, ArticleToStore input, IReadOnlyList<ResolvedCompanyMention> mentions, SearchVector searchVector,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(db, InsertSql);
        var parameters = command.Parameters;
        parameters.Add(Parameter(input.ContentHash, NpgsqlDbType.Varchar));
        parameters.Add(Parameter(ArticleValues.Bounded(input.Title, 1000), NpgsqlDbType.Varchar));
        parameters.Add(Parameter(input.PublishedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        parameters.Add(Parameter(input.PublishedAt is { } published ? (int)published.Offset.TotalMinutes : null, NpgsqlDbType.Integer));
        parameters.Add(Parameter(ArticleValues.BoundedOrNull(input.Author, 500), NpgsqlDbType.Varchar));
        parameters.Add(Parameter(ArticleValues.BoundedOrNull(input.Outlet, 500), NpgsqlDbType.Varchar));
        parameters.Add(Parameter(ArticleValues.UrlOrNull(input.SourceUrl), NpgsqlDbType.Varchar));
        parameters.Add(Parameter(input.Format.ToString(), NpgsqlDbType.Varchar));
        parameters.Add(Parameter(input.Encoding, NpgsqlDbType.Varchar));
        parameters.Add(Parameter(input.CleanText, NpgsqlDbType.Text));
        parameters.Add(Parameter(input.SanitizedHtml, NpgsqlDbType.Text));
        parameters.Add(Parameter(input.MetadataJson, NpgsqlDbType.Jsonb));
        parameters.Add(Parameter(now.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        parameters.Add(Parameter(ArticleStatus.Active.ToString(), NpgsqlDbType.Varchar));
        parameters.Add(Parameter(searchVector.Text, NpgsqlDbType.Text));
        parameters.Add(Parameter(input.SourcePath, NpgsqlDbType.Varchar));
        parameters.AddRange(MentionColumns(mentions));
        parameters.Add(Parameter(input.SourceKind.ToString(), NpgsqlDbType.Varchar));
        parameters.Add(Parameter(input.SourceId, NpgsqlDbType.Bigint));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Stores the company mentions of article <paramref name="articleId"/>, stored already, in one statement.</summary>
    public static async Task InsertCompanyMentionsAsync(
        NewsHubDbContext db, long articleId, IReadOnlyList<ResolvedCompanyMention> mentions, CancellationToken cancellationToken)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        await using var command = Command(db, InsertCompanyMentionsSql);
        command.Parameters.Add(Parameter(articleId, NpgsqlDbType.Bigint));
        command.Parameters.AddRange(MentionColumns(mentions));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The mentions as one array per column, in the order both statements unnest them.</summary>
    private static NpgsqlParameter[] MentionColumns(IReadOnlyList<ResolvedCompanyMention> mentions) =>
    [
        Array(mentions.Select(m => m.CompanyId), NpgsqlDbType.Integer),
        Array(mentions.Select(m => m.GroupId), NpgsqlDbType.Integer),
        Array(mentions.Select(m => ArticleValues.Bounded(m.AsWritten, 200)), NpgsqlDbType.Text),
        Array(mentions.Select(m => m.Start), NpgsqlDbType.Integer),
        Array(mentions.Select(m => m.Length), NpgsqlDbType.Integer),
    ];

    /// <summary>What the database holds for a file's path and content before it is written.</summary>
    /// <param name="SourceId">The source row of the path, if the path was imported before.</param>
    /// <param name="SourceArticleId">The article that source points at.</param>
    /// <param name="SameContentId">The article with the same content hash, if any.</param>
    public sealed record StoredState(long? SourceId, long? SourceArticleId, long? SameContentId)
    {
        /// <summary>Neither the path nor the content is stored: the common case of a first import.</summary>
        public bool IsNew => SourceId is null && SameContentId is null;
    }
}
