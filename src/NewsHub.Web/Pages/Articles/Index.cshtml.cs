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

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var active = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Active);
        var paging = Paging.Of(PageNumber, PageSize, await active.CountAsync(cancellationToken));
        var rows = await active
            .OrderBy(a => a.PublishedAt == null).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip(paging.Skip).Take(paging.Take)
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.Outlet,
                a.PublishedAt,
                a.PublishedOffsetMinutes,
                Partnerships = a.PartnershipMentions.Select(m => m.EventId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);

        Data = new Result(
            paging,
            [.. rows.Select(r => new Row(new ArticleLink(r.Id, r.Title, r.Outlet, ArticleTime.AsWritten(r.PublishedAt, r.PublishedOffsetMinutes)), r.Partnerships))]);
    }

    public static string UrlForPage(int page) => page > 1 ? "/Articles?page=" + page.ToString(CultureInfo.InvariantCulture) : "/Articles";

    public sealed record Result(Paging Paging, IReadOnlyList<Row> Articles);

    /// <param name="Article">The article.</param>
    /// <param name="Partnerships">How many partnership events it reports.</param>
    public sealed record Row(ArticleLink Article, int Partnerships);
}
