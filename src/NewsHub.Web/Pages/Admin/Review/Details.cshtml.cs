using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Web.Admin;
using NewsHub.Pipeline.Import.Runs;

namespace NewsHub.Web.Pages.Admin.Review;

/// <summary>
/// One discovered company: its mentions in context and its partnership sentences, and the three decisions —
/// accept it into the catalog (with a group and a role), merge it into a catalog company as an alias, or reject
/// the name. Each decision queues a re-tag of the stored articles, whose progress the run's page shows.
/// </summary>
public sealed class DetailsModel(NewsHubDbContext db, ImportRunLog queue) : PageModel
{
    /// <summary>Mentions and partnership sentences shown.</summary>
    public const int EvidenceShown = 30;

    [BindProperty]
    public AcceptForm Accept { get; set; } = new();

    [BindProperty]
    public MergeForm Merge { get; set; } = new();

    public Summary Company { get; private set; } = null!;

    public IReadOnlyList<MentionContext> Contexts { get; private set; } = [];

    public IReadOnlyList<PartnershipSentence> Sentences { get; private set; } = [];

    /// <summary>Catalog companies, each with the groups above it (吉利 › 沃尔沃): groups to join, or companies to merge into.</summary>
    public IReadOnlyList<CatalogGroupChoice> CatalogCompanies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Accept = new AcceptForm { Role = Company.Role };
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, review => review.AcceptAsync(id, Accept.Role, Accept.ParentId, cancellationToken), "接受 Accepted", cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(int id, CancellationToken cancellationToken)
    {
        if (Merge.TargetId is not { } target)
        {
            ModelState.AddModelError("Merge.TargetId", "请选择要并入的公司。Choose the company to merge into.");
            return RedisplayAsync(id, cancellationToken);
        }

        return DecideAsync(id, review => review.MergeAsync(id, target, cancellationToken), "合并 Merged", cancellationToken);
    }

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, review => review.RejectAsync(id, cancellationToken), "拒绝 Rejected", cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, Func<CompanyReview, Task<ReviewOutcome>> decide, string verb, CancellationToken cancellationToken)
    {
        var name = await db.Companies.AsNoTracking().Where(c => c.Id == id).Select(c => c.CanonicalName).SingleOrDefaultAsync(cancellationToken);
        var outcome = await decide(new CompanyReview(db));
        if (!outcome.Done)
        {
            ModelState.AddModelError("", outcome.Problem!);
            if (await LoadAsync(id, cancellationToken))
            {
                return Page();
            }

            // Decided or merged by someone else meanwhile: the queue says so.
            TempData["Notice"] = outcome.Problem;
            return RedirectToPage("Index");
        }

        var run = await queue.EnqueueRetagAfterChangeAsync(cancellationToken);
        TempData["Notice"] = $"{verb}：“{name}”。正在重新标注已存储的文章并重算事件。Re-tagging the stored articles and recomputing their events.";
        return RedirectToPage("/Admin/Imports/Details", new { id = run.RunId });
    }

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : RedirectToPage("Index");

    /// <summary>Reads the company (still to review) and what is shown of it; false when it is gone or was decided.</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking()
            .Where(c => c.Id == id && c.Status == CompanyStatus.Discovered)
            .Select(c => new Summary(
                c.Id,
                c.CanonicalName,
                c.Role,
                db.ArticleCompanyMentions.Count(m => m.CompanyId == c.Id),
                db.ArticleCompanyMentions.Where(m => m.CompanyId == c.Id).Select(m => m.ArticleId).Distinct().Count(),
                db.PartnershipEvents.Count(e => e.CompanyAId == c.Id || e.CompanyBId == c.Id)))
            .SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return false;
        }

        Company = company;
        var (mentions, partnerships) = await DiscoveredCompanyEvidence.LoadAsync(db, [id], EvidenceShown, cancellationToken);
        Contexts = [.. mentions[id]];
        Sentences = [.. partnerships[id]];
        await LoadCatalogAsync(cancellationToken);
        return true;
    }

    private async Task LoadCatalogAsync(CancellationToken cancellationToken) =>
        CatalogCompanies = await CatalogGroupChoice.LoadAsync(db, excludingMembersOf: null, cancellationToken);

    /// <param name="Role">The role the tagger inferred.</param>
    public sealed record Summary(int Id, string Name, CompanyRole Role, int Mentions, int Articles, int Events);


    /// <summary>Accept: the role it gets, and the group it belongs to (none: it is a group of its own).</summary>
    public sealed class AcceptForm
    {
        public CompanyRole Role { get; set; } = CompanyRole.Other;

        public int? ParentId { get; set; }
    }

    /// <summary>Merge: the catalog company whose alias the name becomes.</summary>
    public sealed class MergeForm
    {
        public int? TargetId { get; set; }
    }
}
