using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Pipeline.Sources;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Pages.Admin.Sources;

/// <summary>
/// Adds a source (no id) or changes one: a folder under the import roots, or a feed by http(s) URL or local file,
/// with its schedule. The same checks as <c>newshub sources add-…</c> (<see cref="SourceRegistry"/>), and for a
/// folder the admin import's rule that it lies under an import root.
/// </summary>
public sealed class EditModel(NewsHubDbContext db, ImportFolderPolicy folders, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    /// <summary>The kind; on the add form also from the query (<c>?kind=Folder</c>), whose schedule it then prefills.</summary>
    [BindProperty(SupportsGet = true)]
    public SourceKind Kind { get; set; } = SourceKind.Feed;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Locator { get; set; }

    [BindProperty]
    public string? Schedule { get; set; }

    [BindProperty]
    public bool Recursive { get; set; }

    [BindProperty]
    public bool Enabled { get; set; } = true;

    public IReadOnlyList<string> Roots => folders.Roots;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            // A folder is watched and its schedule is only the rescan, so it polls more often than a feed: prefill the
            // kind's default when the link says the kind, and otherwise nothing, so that the registry gives the kind
            // chosen in the form its own default rather than a feed's 30 minutes.
            Schedule = Request.Query.ContainsKey("kind") ? SourceRegistry.DefaultScheduleOf(Kind) : null;
            return Page();
        }

        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        (Kind, Name, Locator, Schedule, Recursive, Enabled) = (source.Kind, source.Name, source.Locator, source.Schedule, source.Recursive, source.Enabled);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var locator = Locator ?? "";
        if (Kind == SourceKind.Folder)
        {
            var decision = folders.Check(Locator);
            if (!decision.IsAllowed)
            {
                ModelState.AddModelError(nameof(Locator), decision.Refusal!);
                return Page();
            }

            locator = decision.RealPath!;
        }

        var source = Id is { } id ? await db.Sources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (Id is not null && source is null)
        {
            return NotFound();
        }

        var draft = new SourceDraft(Kind, Name, locator, Schedule ?? "", Recursive, Enabled);
        try
        {
            if (source is null)
            {
                source = await SourceRegistry.AddAsync(db, draft, clock.GetUtcNow(), cancellationToken);
                TempData["Notice"] = $"已添加 {source.Name}，马上开始第一次抓取。Added {source.Name}; its first poll starts shortly.";
            }
            else
            {
                await SourceRegistry.UpdateAsync(db, source, draft, clock.GetUtcNow(), cancellationToken);
                TempData["Notice"] = $"已保存 {source.Name}。Saved {source.Name}.";
            }
        }
        catch (SourceRegistrationException ex)
        {
            ModelState.AddModelError(ex.Field, $"{FieldLabel(ex.Field)}: {ex.Message}");
            return Page();
        }

        return RedirectToPage("Index");
    }

    private static string FieldLabel(string field) => field switch
    {
        nameof(SourceDraft.Name) => "名称 Name",
        nameof(SourceDraft.Schedule) => "计划 Schedule",
        _ => "位置 Locator",
    };
}
