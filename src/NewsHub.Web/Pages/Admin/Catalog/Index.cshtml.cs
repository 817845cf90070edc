using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Pipeline.Import.Runs;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Admin.Catalog;

/// <summary>The company catalog: groups with their brands and units, their aliases, and a re-tag button.</summary>
public sealed class IndexModel(NewsHubDbContext db, ImportRunLog queue) : PageModel
{
    /// <summary>Companies a page: the whole catalog (hundreds of companies) on one page was 14,000 px tall.</summary>
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<Row> Companies { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);

    [TempData]
    public string? Notice { get; set; }

    // The page number comes from the query string alone: Razor Pages keeps the page's path in the route value "page".
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        // Discovered and rejected companies are the review queue's, not the catalog's.
        var query = db.Companies.AsNoTracking().Where(c => c.Status == CompanyStatus.Catalog || c.Status == CompanyStatus.Accepted);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            // Without regard to case, so that "oppo" finds OPPO.
            var pattern = LikePattern.Containing(Search.Trim());
            query = query.Where(c => EF.Functions.ILike(c.CanonicalName, pattern)
                || c.Aliases.Any(a => EF.Functions.ILike(a.Name, pattern))
                || (c.Parent != null && EF.Functions.ILike(c.Parent.CanonicalName, pattern)));
        }

        Paging = Paging.Of(page, PageSize, await query.CountAsync(cancellationToken));
        Companies = await query
            // Groups first with their members right after them, so the list reads as a tree.
            .OrderBy(c => c.Parent != null ? c.Parent.CanonicalName : c.CanonicalName)
            .ThenBy(c => c.ParentId != null).ThenBy(c => c.CanonicalName).ThenBy(c => c.Id)
            .Skip(Paging.Skip).Take(Paging.Take)
            .Select(c => new Row(c.Id, c.CanonicalName, c.Role, c.Parent != null ? c.Parent.CanonicalName : null,
                c.Aliases.OrderBy(a => a.Name).Select(a => a.IsAmbiguous ? a.Name + "?" : a.Name).ToList()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Queues a re-tag of every stored article with the catalog as it now stands.</summary>
    public async Task<IActionResult> OnPostRetagAsync(CancellationToken cancellationToken)
    {
        var result = await queue.EnqueueAsync(ImportRunRequest.Retag(), cancellationToken);
        if (result.AlreadyActive)
        {
            TempData["Notice"] = "已有一次重新标注在排队或运行。A re-tag is already queued or running.";
        }

        return RedirectToPage("/Admin/Imports/Details", new { id = result.RunId });
    }

    /// <summary>The address of another page of the catalog, keeping the search.</summary>
    public string PageUrl(int page) => QueryString.Create(
        new Dictionary<string, string?> { ["q"] = Search, ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null }
            .Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() is { Length: > 0 } query ? query : "?";

    public sealed record Row(int Id, string CanonicalName, CompanyRole Role, string? Group, IReadOnlyList<string> Aliases);
}
