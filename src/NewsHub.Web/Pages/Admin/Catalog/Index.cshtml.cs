using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Imports;

namespace NewsHub.Web.Pages.Admin.Catalog;

/// <summary>The company catalog: groups with their brands and units, their aliases, and a re-tag button.</summary>
public sealed class IndexModel(NewsHubDbContext db, ImportQueue queue) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<Row> Companies { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Companies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            query = query.Where(c => c.CanonicalName.Contains(term)
                || c.Aliases.Any(a => a.Name.Contains(term))
                || (c.Parent != null && c.Parent.CanonicalName.Contains(term)));
        }

        Companies = await query
            // Groups first with their members right after them, so the list reads as a tree.
            .OrderBy(c => c.Parent != null ? c.Parent.CanonicalName : c.CanonicalName)
            .ThenBy(c => c.ParentId != null).ThenBy(c => c.CanonicalName)
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

    public sealed record Row(int Id, string CanonicalName, CompanyRole Role, string? Group, IReadOnlyList<string> Aliases);
}
