using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Caching;
using NewsHub.Web.Exports;
using NewsHub.Web.Search;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Api;

/// <summary>
/// <c>GET /api/articles</c>: the shown articles, newest first, or ranked by full-text search when <c>q</c> is
/// given; narrowed by <c>company</c> (and <c>partner</c>: articles naming both groups) and by publication
/// month <c>from</c>/<c>to</c>, read in Beijing time.
/// </summary>
internal static class ArticlesEndpoint
{
    /// <summary>Month boundaries are Beijing time: a 1 October 00:30 +08:00 article is an October article.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static async Task<Ok<ApiPage<ArticleJson>>> GetAsync(
        [AsParameters] EventFilter filter,
        int? page,
        int? pageSize,
        HttpRequest request,
        NewsHubDbContext db,
        CurrentReferenceData reference,
        CancellationToken cancellationToken)
    {
        var paging = new Paging(page, pageSize);

        // Company names and months are read as for events; free text is searched in the articles themselves.
        var criteria = await EventCriteria.ResolveAsync(db, reference, filter with { Text = null }, cancellationToken);
        var problems = ApiProblems.Of(criteria).ToList();
        problems.AddRange(paging.Problems());
        problems.AddRange(new[] { ("role", filter.Role), ("stage", filter.Stage) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => new ApiProblem(p.Item1, p.Item2!.Trim())));

        var articles = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Active);
        if (criteria.HasUnknownCompany)
        {
            articles = articles.Where(_ => false);
        }

        foreach (var group in new[] { criteria.Company, criteria.Partner }.OfType<CompanyGroup>())
        {
            var groupId = group.Id;
            articles = articles.Where(a => a.CompanyMentions.Any(m => m.GroupId == groupId));
        }

        if (criteria.From is { } from)
        {
            var start = new DateTimeOffset(from.FirstDay.ToDateTime(TimeOnly.MinValue), ChinaOffset);
            articles = articles.Where(a => a.PublishedAt >= start);
        }

        if (criteria.To is { } to)
        {
            var end = new DateTimeOffset(to.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaOffset);
            articles = articles.Where(a => a.PublishedAt < end);
        }

        var links = new ApiLinks(request);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var result = await ArticleSearchQuery.RunAsync(db, filter.Text, paging.Number, paging.Size, articles, cancellationToken: cancellationToken);
            var companies = await CompaniesOfAsync(db, [.. result.Hits.Select(h => h.ArticleId)], cancellationToken);
            var hits = result.Hits.Select(h => new ArticleJson(
                h.ArticleId, h.Title.Text, h.PublishedAt, h.Outlet, null, links.To(SiteLinks.Article(h.ArticleId)),
                companies.GetValueOrDefault(h.ArticleId, []).Select(c => CompanyRefJson.From(c, links)).ToList(),
                h.Excerpt.ToHtml())).ToList();
            return TypedResults.Ok(new ApiPage<ArticleJson>(paging.Number, paging.Size, result.Total, hits, problems));
        }

        var total = await articles.CountAsync(cancellationToken);
        var rows = await articles
            .OrderBy(a => a.PublishedAt == null).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip(paging.Skip).Take(paging.Size)
            .Select(a => new { a.Id, a.Title, a.PublishedAt, a.PublishedOffsetMinutes, a.Outlet, a.SourceUrl })
            .ToListAsync(cancellationToken);
        var named = await CompaniesOfAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        var items = rows.Select(r => new ArticleJson(
            r.Id, r.Title, EventRecords.WithOffset(r.PublishedAt, r.PublishedOffsetMinutes), r.Outlet, r.SourceUrl,
            links.To(SiteLinks.Article(r.Id)),
            named.GetValueOrDefault(r.Id, []).Select(c => CompanyRefJson.From(c, links)).ToList(),
            null)).ToList();
        return TypedResults.Ok(new ApiPage<ArticleJson>(paging.Number, paging.Size, total, items, problems));
    }

    /// <summary>The company groups each article names, most often named first.</summary>
    private static async Task<Dictionary<long, List<CompanyRecord>>> CompaniesOfAsync(NewsHubDbContext db, long[] articleIds, CancellationToken cancellationToken)
    {
        var rows = await db.ArticleCompanyMentions.AsNoTracking()
            .Where(m => articleIds.Contains(m.ArticleId) && m.Group.Status != CompanyStatus.Rejected)
            .GroupBy(m => new { m.ArticleId, m.GroupId, m.Group.CanonicalName, m.Group.Role, m.Group.Status })
            .Select(g => new { g.Key.ArticleId, g.Key.GroupId, g.Key.CanonicalName, g.Key.Role, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.ArticleId)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(r => r.Count).ThenBy(r => r.CanonicalName, StringComparer.Ordinal)
                      .Select(r => new CompanyRecord(r.GroupId, r.CanonicalName, r.Role, r.Status != CompanyStatus.Discovered)).ToList());
    }
}

/// <summary>An article as the API writes it.</summary>
/// <param name="SourceUrl">The original article's address, when known (left out of search hits).</param>
/// <param name="Companies">The company groups it names, most often named first.</param>
/// <param name="SnippetHtml">With <c>q</c>: an excerpt, HTML-escaped, with the matched words in <c>&lt;mark&gt;</c>.</param>
internal sealed record ArticleJson(
    long Id, string Title, DateTimeOffset? PublishedAt, string? Outlet, string? SourceUrl, string Url,
    IReadOnlyList<CompanyRefJson> Companies, string? SnippetHtml);
