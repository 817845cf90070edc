using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Search;
using NpgsqlTypes;

namespace NewsHub.Web.Search;

/// <summary>
/// Full-text search over the shown articles: the query is cut into words as articles are
/// (<see cref="SearchTokenizer"/>), every word must match, hits are ranked by <c>ts_rank</c> (title words
/// count more than body words) and then newest first, and each hit gets a highlighted snippet.
/// </summary>
public static class ArticleSearchQuery
{
    /// <summary>The most hits one page may ask for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Runs a search; <paramref name="articles"/> narrows the articles searched (filters), or null for all shown articles.</summary>
    public static async Task<ArticleSearchResult> RunAsync(
        NewsHubDbContext db,
        string? query,
        int page,
        int pageSize,
        IQueryable<Article>? articles = null,
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

        // plainto_tsquery ANDs the words and cannot be fed tsquery operators by what a user types.
        var text = string.Join(' ', words);
        var matching = (articles ?? db.Articles).AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Active)
            .Where(a => EF.Property<NpgsqlTsVector>(a, ArticleSearch.VectorProperty).Matches(EF.Functions.PlainToTsQuery(ArticleSearch.TextSearchConfiguration, text)));

        var total = await matching.CountAsync(cancellationToken);
        var rows = total <= (page - 1) * pageSize ? [] : await matching
            .OrderByDescending(a => EF.Property<NpgsqlTsVector>(a, ArticleSearch.VectorProperty).Rank(EF.Functions.PlainToTsQuery(ArticleSearch.TextSearchConfiguration, text)))
            .ThenByDescending(a => a.PublishedAt)
            .ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(a => new { a.Id, a.Title, a.PublishedAt, a.PublishedOffsetMinutes, a.Outlet, a.CleanText })
            .ToListAsync(cancellationToken);

        var hits = rows.Select(r => new ArticleSearchHit(
                r.Id,
                SearchHighlighter.Highlight(r.Title, words),
                PublishedAt(r.PublishedAt, r.PublishedOffsetMinutes),
                r.Outlet,
                SearchHighlighter.Excerpt(r.CleanText, words)))
            .ToList();
        return new ArticleSearchResult(query ?? "", words, total, page, pageSize, hits);
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
    public int PageCount => (Total + PageSize - 1) / PageSize;
}

/// <summary>An article that matched, with its title and an excerpt of its text highlighted.</summary>
public sealed record ArticleSearchHit(long ArticleId, Snippet Title, DateTimeOffset? PublishedAt, string? Outlet, Snippet Excerpt);
