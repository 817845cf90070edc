using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Caching;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Companies;

/// <summary>
/// A company group: its partners over time (one lane per partner, a cell per year), events by year,
/// the brands and aliases folded into it, and its latest events.
/// </summary>
public class DetailsModel(NewsHubDbContext db, CurrentReferenceData reference) : PageModel
{
    public const int LatestCount = 8;

    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    public Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var data = await reference.GetAsync(cancellationToken);
        var criteria = EventCriteria.Resolve(db, data, new EventFilter { Company = Name });
        if (criteria.Company is not { } group)
        {
            return NotFound();
        }

        if (group.Name != Name)
        {
            // An alias, a brand or an id: one address per group.
            return RedirectToPagePermanent("/Companies/Details", new { name = group.Name });
        }

        var events = criteria.Apply(db.PartnershipEvents.AsNoTracking());
        var cells = await events
            .GroupBy(e => new
            {
                PartnerId = e.CompanyAId == group.Id ? e.CompanyBId : e.CompanyAId,
                Year = e.SortDate.HasValue ? e.SortDate.Value.Year : (int?)null,
                e.Stage,
            })
            .Select(g => new CellRow(g.Key.PartnerId, g.Key.Year, g.Key.Stage, g.Count()))
            .ToListAsync(cancellationToken);

        // The cells count every event once: their sums are the totals, which need no query of their own.
        var known = (cells.Sum(c => c.Count), cells.Where(c => c.Year is not null).Sum(c => c.Count));
        var (_, latestIds) = await EventPage.LoadAsync(events, 1, LatestCount, known, cancellationToken);
        var latest = await EventCards.LoadAsync(db, data, latestIds, cancellationToken);

        Data = new Result(
            group,
            Members(data, group.Id),
            PartnerLanes.Build(cells.Select(c => new PartnerLanes.Cell(data.Group(c.PartnerId), c.Year, c.Stage, c.Count))),
            latest);
        return Page();
    }

    /// <summary>The group itself and every brand or unit below it, at any depth, with their aliases; each level by name.</summary>
    private static List<Member> Members(ReferenceData data, int groupId)
    {
        var members = new List<Member>();
        var frontier = new List<int> { groupId };
        var seen = new HashSet<int>();
        for (var depth = 0; frontier.Count > 0; depth++)
        {
            var level = frontier.Where(data.Companies.ContainsKey).Select(id => data.Companies[id]).OrderBy(c => c.NameOrder).ToList();
            frontier = [];
            foreach (var company in level.Where(c => seen.Add(c.Id)))
            {
                members.Add(new Member(company.Name, company.EnglishNames, depth,
                    [.. company.Aliases.Where(a => a.Name != company.Name).Select(a => new AliasName(a.Name, a.IsAmbiguous))]));
                frontier.AddRange(company.ChildIds);
            }
        }

        return members;
    }

    /// <summary>What the page shows.</summary>
    /// <param name="Group">The group.</param>
    /// <param name="Members">The group and its brands and units, with their aliases, the group first.</param>
    /// <param name="Lanes">Its partners over time.</param>
    /// <param name="Latest">Its most recent events.</param>
    public sealed record Result(CompanyGroup Group, IReadOnlyList<Member> Members, PartnerLanes Lanes, IReadOnlyList<EventCard> Latest);

    /// <param name="Name">Canonical name.</param>
    /// <param name="EnglishNames">English names.</param>
    /// <param name="Depth">0 for the group, 1 for its brands, 2 for theirs.</param>
    /// <param name="Aliases">Other names it is written as.</param>
    public sealed record Member(string Name, IReadOnlyList<string> EnglishNames, int Depth, IReadOnlyList<AliasName> Aliases);

    /// <param name="Name">The name as written in text.</param>
    /// <param name="IsAmbiguous">True when it is also an everyday word and counts only in context.</param>
    public sealed record AliasName(string Name, bool IsAmbiguous);

    private sealed record CellRow(int PartnerId, int? Year, PartnershipStage Stage, int Count);
}
