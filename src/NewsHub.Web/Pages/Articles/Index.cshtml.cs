using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Articles;

/// <summary>The stored articles, newest first, with how many partnerships each reports.</summary>
public class IndexModel(NewsHubDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The page asked for (<c>?page=2</c>); not a bound property, since Razor Pages keeps the page's own name in the route value "page".</summary>
    public int? PageNumber { get; private set; }

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        PageNumber = page;
        var active = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Active);
        // Two counts that indexes answer (status; published_at IS NULL): one count with a condition on
        // published_at would read every row of the wide articles table.
        var total = await active.CountAsync(cancellationToken);
        var dated = total - await active.CountAsync(a => a.PublishedAt == null, cancellationToken);
        var paging = Paging.Of(PageNumber, PageSize, total);

        // Dated articles newest first, then the undated, read as two runs so that the first walks the
        // published_at index and stops after a page instead of sorting every article.
        var rows = new List<ArticleRow>(paging.Take);
        if (paging.Skip < dated)
        {
            rows.AddRange(await Project(active.Where(a => a.PublishedAt != null).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Skip(paging.Skip).Take(paging.Take)).ToListAsync(cancellationToken));
        }

        if (rows.Count < paging.Take && total > dated)
        {
            rows.AddRange(await Project(active.Where(a => a.PublishedAt == null).OrderByDescending(a => a.Id)
                .Skip(Math.Max(0, paging.Skip - dated)).Take(paging.Take - rows.Count)).ToListAsync(cancellationToken));
        }

        Data = new Result(
            paging,
            [.. rows.Select(r => new Row(new ArticleLink(r.Id, r.Title, r.Outlet, ArticleTime.AsWritten(r.PublishedAt, r.PublishedOffsetMinutes)), r.Partnerships))]);
    }

    private static IQueryable<ArticleRow> Project(IQueryable<Article> articles) =>
        articles.Select(a => new ArticleRow(
            a.Id,
            a.Title,
            a.Outlet,
            a.PublishedAt,
            a.PublishedOffsetMinutes,
            a.PartnershipMentions.Select(m => m.EventId).Distinct().Count()));

    public static string UrlForPage(int page) => page > 1 ? "/Articles?page=" + page.ToString(CultureInfo.InvariantCulture) : "/Articles";

    public sealed record Result(Paging Paging, IReadOnlyList<Row> Articles);

    private sealed record ArticleRow(long Id, string Title, string? Outlet, DateTimeOffset? PublishedAt, int? PublishedOffsetMinutes, int Partnerships);

    /// <param name="Article">The article.</param>
    /// <param name="Partnerships">How many partnership events it reports.</param>
    public sealed record Row(ArticleLink Article, int Partnerships);
}
