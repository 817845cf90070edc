using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Pages.Admin;

/// <summary>The admin's start page: what is running or queued now, and what the collection holds.</summary>
public sealed class IndexModel(NewsHubDbContext db) : PageModel
{
    public IReadOnlyList<ActiveRun> Active { get; private set; } = [];

    public int ActiveArticles { get; private set; }

    public int MissingArticles { get; private set; }

    /// <summary>Catalog entries: the catalog's own companies and the accepted ones.</summary>
    public int Companies { get; private set; }

    /// <summary>Companies discovered in articles that wait for review.</summary>
    public int Discovered { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Active = await db.ImportRuns.AsNoTracking()
            .Where(r => r.Status == ImportRunStatus.Queued || r.Status == ImportRunStatus.Running)
            .OrderBy(r => r.Id)
            .Select(r => new ActiveRun(r.Id, r.Kind, r.Folder, r.Status, r.FilesDone, r.TotalFiles))
            .ToListAsync(cancellationToken);
        ActiveArticles = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Active, cancellationToken);
        MissingArticles = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Missing, cancellationToken);
        Companies = await db.Companies.CountAsync(c => c.Status == CompanyStatus.Catalog || c.Status == CompanyStatus.Accepted, cancellationToken);
        Discovered = await db.Companies.CountAsync(c => c.Status == CompanyStatus.Discovered, cancellationToken);
    }

    public sealed record ActiveRun(long Id, ImportRunKind Kind, string Folder, ImportRunStatus Status, int FilesDone, int TotalFiles);
}
