using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Caching;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Pairs;

/// <summary>Everything between two company groups: each event, newest first, with every mention and its article.</summary>
public class DetailsModel(NewsHubDbContext db, CurrentReferenceData reference) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string A { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string B { get; set; } = "";

    /// <summary>The page asked for (<c>?page=2</c>); not a bound property, since Razor Pages keeps the page's own name in the route value "page".</summary>
    public int? PageNumber { get; private set; }

    public Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        PageNumber = page;
        var criteria = await EventCriteria.ResolveAsync(db, reference, new EventFilter { Company = A, Partner = B }, cancellationToken);
        if (criteria.Company is not { } first || criteria.Partner is not { } second)
        {
            if (criteria.Company is { } only && criteria.Problems.Count == 0)
            {
                // Both names stand for the same group: its own page says everything.
                return RedirectToPage("/Companies/Details", new { name = only.Name });
            }

            return NotFound();
        }

        if (first.Name != A || second.Name != B)
        {
            return RedirectPermanent(UrlFor(first.Name, second.Name, PageNumber ?? 1));
        }

        var events = criteria.Apply(db.PartnershipEvents.AsNoTracking());
        var summary = await events
            .GroupBy(e => 1)
            .Select(g => new Summary(g.Count(), g.Min(e => e.SortDate), g.Max(e => e.SortDate)))
            .SingleOrDefaultAsync(cancellationToken) ?? new Summary(0, null, null);
        // An end of the span that only year-only events reach is that year, not its January (their sort date).
        summary = summary with
        {
            FirstIsYearOnly = summary.First is { } f && !await events.AnyAsync(e => e.SortDate == f && e.Date.Precision != DatePrecision.Year, cancellationToken),
            LastIsYearOnly = summary.Last is { } l && !await events.AnyAsync(e => e.SortDate == l && e.Date.Precision != DatePrecision.Year, cancellationToken),
        };
        var stages = await events
            .GroupBy(e => e.Stage)
            .Select(g => new StageCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        var paging = Paging.Of(PageNumber, PageSize, summary.Events);
        var rows = await events.NewestFirst().Skip(paging.Skip).Take(paging.Take)
            .Select(e => new EventRow(e.Id, e.Stage, e.IsPlanned, e.Date))
            .ToListAsync(cancellationToken);
        var ids = rows.Select(e => e.Id).ToList();
        var mentions = await MentionView.LoadAsync(
            db.PartnershipMentions.AsNoTracking().Where(m => ids.Contains(m.EventId) && m.Article.Status == ArticleStatus.Active),
            cancellationToken);
        var byEvent = mentions.ToLookup(m => m.EventId);
        var articleCount = await db.PartnershipMentions
            .Where(m => events.Select(e => e.Id).Contains(m.EventId) && m.Article.Status == ArticleStatus.Active)
            .Select(m => m.ArticleId).Distinct().CountAsync(cancellationToken);

        Data = new Result(
            first,
            second,
            summary,
            articleCount,
            [.. QueryValues.Stages.Select(s => stages.FirstOrDefault(c => c.Stage == s)).OfType<StageCount>()],
            paging,
            [.. rows.Select(e => new PairEvent(e, [.. byEvent[e.Id]]))]);
        return Page();
    }

    public string UrlForPage(int page) => UrlFor(A, B, page);

    private static string UrlFor(string a, string b, int page) =>
        $"/Pairs/{Uri.EscapeDataString(a)}/{Uri.EscapeDataString(b)}" + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>What the page shows.</summary>
    /// <param name="First">The first group as named in the address.</param>
    /// <param name="Second">The second group.</param>
    /// <param name="Summary">How many events, from when to when.</param>
    /// <param name="ArticleCount">How many present articles report any of them.</param>
    /// <param name="Stages">Events by stage, in stage order, stages without events left out.</param>
    /// <param name="Paging">Which page of events.</param>
    /// <param name="Events">This page's events with their mentions.</param>
    public sealed record Result(
        CompanyGroup First, CompanyGroup Second, Summary Summary, int ArticleCount, IReadOnlyList<StageCount> Stages, Paging Paging, IReadOnlyList<PairEvent> Events);

    /// <summary>How many events, and the span of their sort dates; an end only year-only events reach is known to the year alone.</summary>
    public sealed record Summary(int Events, DateOnly? First, DateOnly? Last)
    {
        public bool FirstIsYearOnly { get; init; }

        public bool LastIsYearOnly { get; init; }
    }

    public sealed record StageCount(PartnershipStage Stage, int Count);

    public sealed record EventRow(long Id, PartnershipStage Stage, bool IsPlanned, PartialDate Date);

    public sealed record PairEvent(EventRow Event, IReadOnlyList<MentionView> Mentions);
}
