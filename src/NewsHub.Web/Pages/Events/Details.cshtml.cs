using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Events;

/// <summary>One partnership event: its two groups, stage and date, and every mention with its evidence and source article.</summary>
public class DetailsModel(NewsHubDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var partnership = await db.PartnershipEvents.AsNoTracking()
            .Where(e => e.Id == Id)
            .Select(e => new EventRow(
                e.Id,
                new Side(e.CompanyA.CanonicalName, e.CompanyA.EnglishNames, e.CompanyA.Role, e.CompanyA.Status == CompanyStatus.Discovered),
                new Side(e.CompanyB.CanonicalName, e.CompanyB.EnglishNames, e.CompanyB.Role, e.CompanyB.Status == CompanyStatus.Discovered),
                e.Stage,
                e.IsPlanned,
                e.Date,
                e.Confidence,
                e.Mentions.Any(m => m.Article.Status == ArticleStatus.Active)))
            .SingleOrDefaultAsync(cancellationToken);
        if (partnership is null)
        {
            return NotFound();
        }

        var mentions = await MentionView.LoadAsync(db.PartnershipMentions.AsNoTracking().Where(m => m.EventId == Id), cancellationToken);

        // Present articles first; a gone article's evidence still explains the event, but after the rest.
        var ordered = mentions.OrderBy(m => m.ArticleIsMissing).ToList();
        Data = new Result(partnership, ordered, ordered.Where(m => !m.ArticleIsMissing).Select(m => m.Article.Id).Distinct().Count());
        return Page();
    }

    /// <summary>What the page shows.</summary>
    /// <param name="Event">The event.</param>
    /// <param name="Mentions">Every mention, present articles first.</param>
    /// <param name="ArticleCount">How many present articles report it.</param>
    public sealed record Result(EventRow Event, IReadOnlyList<MentionView> Mentions, int ArticleCount);

    /// <param name="IsVisible">False when every article reporting it is gone: timelines hide it.</param>
    public sealed record EventRow(long Id, Side A, Side B, PartnershipStage Stage, bool IsPlanned, PartialDate Date, double Confidence, bool IsVisible);

    /// <param name="Unreviewed">True for a company discovered in articles that no admin reviewed yet.</param>
    public sealed record Side(string Name, List<string> EnglishNames, CompanyRole Role, bool Unreviewed);
}
