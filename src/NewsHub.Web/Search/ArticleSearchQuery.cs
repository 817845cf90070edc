using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Search;
using NpgsqlTypes;

namespace NewsHub.Web.Search;

/// <summary>
/// Full-text search over the shown articles: the query is cut into words as articles are
/// (<see cref="SearchTokenizer"/>), every word must match, hits are ranked by <c>ts_rank</c> (title words
/// count more than body words) and then newest first, and each hit gets a highlighted snippet. A word found in
/// very many articles ranks only the newest <see cref="RankedWindow"/> of them, which come first.
/// </summary>
/// <remarks>
/// Counting the matches of a word found in a quarter of all articles reads every one of them (some 13,000 rows
/// for 华为 among 50,000 articles, about as long as the rest of the page). A page may ask for an estimate
/// instead: PostgreSQL's planner knows how many articles hold each common word, and when it expects more than
/// <see cref="ExactCountLimit"/> matches the page shows "about" that many; fewer are counted exactly.
/// </remarks>
public static class ArticleSearchQuery
{
    /// <summary>How many of the newest matches are ordered by relevance (see <see cref="PageIdsAsync"/>).</summary>
    public const int RankedWindow = 200;

    /// <summary>Above this many expected matches, a search that allows it shows an estimate rather than counting.</summary>
    public const int ExactCountLimit = 2000;

    /// <summary>The most hits one page may ask for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Runs a search; <paramref name="articles"/> narrows the articles searched (filters), or null for all shown articles.</summary>
    /// <param name="db">The database.</param>
    /// <param name="query">What the reader typed.</param>
    /// <param name="page">The page of hits, from 1.</param>
    /// <param name="pageSize">Hits a page.</param>
    /// <param name="articles">The articles to search, or null for all.</param>
    /// <param name="estimateLargeTotals">True to estimate the total when more than <see cref="ExactCountLimit"/> matches are expected
    /// (only without <paramref name="articles"/>: the planner's figure is for the whole table).</param>
    /// <param name="cancellationToken">Ends the queries.</param>
    public static async Task<ArticleSearchResult> RunAsync(
        NewsHubDbContext db,
        string? query,
        int page,
        int pageSize,
        IQueryable<Article>? articles = null,
        bool estimateLargeTotals = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var words = SearchTokenizer.QueryWords(query ?? "");
        if (words.Count == 0)
        {
            return new ArticleSearchResult(query ?? "", words, 0, page, pageSize, []);
        }

        // Every word must match; what a user types never reaches a tsquery parser, so it cannot be read as operators.
        var tsQuery = SearchQuery.AllOf(words);
        var matching = (articles ?? db.Articles).AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Active)
            .Where(a => EF.Property<NpgsqlTsVector>(a, ArticleSearch.VectorProperty).Matches(tsQuery));

        var estimate = estimateLargeTotals && articles is null ? await EstimateMatchesAsync(db, tsQuery, cancellationToken) : 0;
        var estimated = estimate > ExactCountLimit;
        var total = estimated ? estimate : await matching.CountAsync(cancellationToken);
        var skip = (page - 1) * pageSize;
        // One more than a page tells whether another follows, which an estimated total cannot.
        var ids = total <= skip && !estimated ? [] : await PageIdsAsync(db, matching, tsQuery, skip, pageSize + 1, cancellationToken);
        var hasNext = ids.Count > pageSize;
        if (hasNext)
        {
            ids.RemoveAt(ids.Count - 1);
        }

        var found = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.PublishedAt, a.PublishedOffsetMinutes, a.Outlet, a.CleanText })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var rows = ids.Select(id => found[id]).ToList();

        var hits = rows.Select(r => new ArticleSearchHit(
                r.Id,
                SearchHighlighter.Highlight(r.Title, words),
                PublishedAt(r.PublishedAt, r.PublishedOffsetMinutes),
                r.Outlet,
                SearchHighlighter.Excerpt(r.CleanText, words)))
            .ToList();
        return new ArticleSearchResult(query ?? "", words, total, page, pageSize, hits) { TotalIsEstimate = estimated, HasNext = hasNext };
    }

    /// <summary>How many shown articles the planner expects to match <paramref name="tsQuery"/> (its statistics of the commonest words).</summary>
    private static async Task<int> EstimateMatchesAsync(NewsHubDbContext db, NpgsqlTsQuery tsQuery, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = """
                EXPLAIN (FORMAT JSON) SELECT 1 FROM articles
                WHERE status = 'Active' AND search_vector @@ @query
                """;
            var parameter = explain.CreateParameter();
            parameter.ParameterName = "query";
            parameter.Value = tsQuery;
            explain.Parameters.Add(parameter);
            var plan = (string?)await explain.ExecuteScalarAsync(cancellationToken);
            using var json = System.Text.Json.JsonDocument.Parse(plan ?? "[]");
            return json.RootElement.EnumerateArray().Select(e => e.GetProperty("Plan").GetProperty("Plan Rows").GetDouble()).Select(rows => (int)Math.Min(rows, int.MaxValue)).FirstOrDefault();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The ids of one page, in rank order. Ranking reads each match's whole vector (out of line, compressed),
    /// which for a word found in tens of thousands of articles takes seconds; so ts_rank orders the
    /// <see cref="RankedWindow"/> newest matches, which come first, and older matches follow newest first.
    /// When there are fewer matches than that (most queries), every match is ranked.
    /// </summary>
    private static async Task<List<long>> PageIdsAsync(NewsHubDbContext db, IQueryable<Article> matching, NpgsqlTsQuery tsQuery, int skip, int take, CancellationToken cancellationToken)
    {
        var newest = matching.OrderByDescending(a => a.PublishedAt.HasValue).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);
        var ids = new List<long>(take);
        if (skip < RankedWindow)
        {
            var window = newest.Take(RankedWindow).Select(a => a.Id);
            ids.AddRange(await db.Articles.AsNoTracking()
                .Where(a => window.Contains(a.Id))
                .OrderByDescending(a => EF.Property<NpgsqlTsVector>(a, ArticleSearch.VectorProperty).Rank(tsQuery))
                .ThenByDescending(a => a.PublishedAt.HasValue).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Skip(skip)
                .Take(Math.Min(take, RankedWindow - skip))
                .Select(a => a.Id)
                .ToListAsync(cancellationToken));
        }

        if (ids.Count < take && skip + take > RankedWindow)
        {
            var from = Math.Max(skip, RankedWindow);
            ids.AddRange(await newest.Skip(from).Take(skip + take - from).Select(a => a.Id).ToListAsync(cancellationToken));
        }

        return ids;
    }

    /// <summary>A projection reads the UTC instant; give it back the offset the article was written with.</summary>
    private static DateTimeOffset? PublishedAt(DateTimeOffset? utc, int? offsetMinutes) =>
        utc is { } instant && offsetMinutes is { } minutes ? instant.ToOffset(TimeSpan.FromMinutes(minutes)) : utc;
}

/// <summary>One page of search hits.</summary>
/// <param name="Query">The query as typed.</param>
/// <param name="Words">The words looked up, as cut from the query.</param>
/// <param name="Total">How many articles match in all.</param>
public sealed record ArticleSearchResult(string Query, IReadOnlyList<string> Words, int Total, int Page, int PageSize, IReadOnlyList<ArticleSearchHit> Hits)
{
    /// <summary>How many pages (about as many, when <see cref="TotalIsEstimate"/>).</summary>
    public int PageCount => (Total + PageSize - 1) / PageSize;

    /// <summary>True when <see cref="Total"/> is the planner's estimate, shown as "about".</summary>
    public bool TotalIsEstimate { get; init; }

    /// <summary>True when another page of hits follows this one.</summary>
    public bool HasNext { get; init; }
}

/// <summary>An article that matched, with its title and an excerpt of its text highlighted.</summary>
public sealed record ArticleSearchHit(long ArticleId, Snippet Title, DateTimeOffset? PublishedAt, string? Outlet, Snippet Excerpt);
