using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Companies;

/// <summary>
/// A company group: its partners over time (one lane per partner, a cell per year), events by year,
/// the brands and aliases folded into it, and its latest events.
/// </summary>
public class DetailsModel(NewsHubDbContext db) : PageModel
{
    public const int LatestCount = 8;

    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    public Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var criteria = await EventCriteria.ResolveAsync(db, new EventFilter { Company = Name }, cancellationToken);
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

        var partnerIds = cells.Select(c => c.PartnerId).Distinct().ToList();
        var partners = await db.Companies.AsNoTracking()
            .Where(c => partnerIds.Contains(c.Id))
            .Select(c => new CompanyGroup(c.Id, c.CanonicalName, c.EnglishNames, c.Role, null))
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        var (_, latestIds) = await EventPage.LoadAsync(events, 1, LatestCount, cancellationToken);
        var latest = await EventCards.LoadAsync(db, latestIds, cancellationToken);

        Data = new Result(
            group,
            await MembersAsync(group.Id, cancellationToken),
            PartnerLanes.Build(cells.Select(c => new PartnerLanes.Cell(partners[c.PartnerId], c.Year, c.Stage, c.Count))),
            latest);
        return Page();
    }

    /// <summary>The group itself and every brand or unit below it, at any depth, with their aliases.</summary>
    private async Task<IReadOnlyList<Member>> MembersAsync(int groupId, CancellationToken cancellationToken)
    {
        var members = new List<Member>();
        var frontier = new List<int> { groupId };
        var seen = new HashSet<int>();
        for (var depth = 0; frontier.Count > 0; depth++)
        {
            var level = frontier;
            var rows = await db.Companies.AsNoTracking()
                .Where(c => level.Contains(c.Id))
                .OrderBy(c => c.CanonicalName)
                .Select(c => new
                {
                    c.Id,
                    c.CanonicalName,
                    c.EnglishNames,
                    c.ParentId,
                    Aliases = c.Aliases.OrderBy(a => a.Name).Select(a => new AliasName(a.Name, a.IsAmbiguous)).ToList(),
                    Children = c.Children.Select(child => child.Id).ToList(),
                })
                .ToListAsync(cancellationToken);
            frontier = [];
            foreach (var row in rows.Where(r => seen.Add(r.Id)))
            {
                members.Add(new Member(row.CanonicalName, row.EnglishNames, depth, [.. row.Aliases.Where(a => a.Name != row.CanonicalName)]));
                frontier.AddRange(row.Children);
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
