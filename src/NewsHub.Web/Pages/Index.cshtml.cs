using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Pages;

/// <summary>The stored articles, newest first.</summary>
public class IndexModel(NewsHubDbContext db) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var active = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Active);
        Total = await active.CountAsync(cancellationToken);
        Articles = await active
            .OrderByDescending(a => a.PublishedAt.HasValue).ThenByDescending(a => a.PublishedAt).ThenBy(a => a.Id)
            .Take(PageSize)
            .Select(a => new ArticleRow(a.Id, a.Title, a.PublishedAt, a.Outlet))
            .ToListAsync(cancellationToken);
    }

    public sealed record ArticleRow(long Id, string Title, DateTimeOffset? PublishedAt, string? Outlet);
}
