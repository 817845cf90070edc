using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Caching;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Companies;

/// <summary>
/// Every company group by role, the ones with most partnership events first. Those with events come first; the
/// catalog's many companies without any wait behind a disclosure (a plain &lt;details&gt;, no script), so that the
/// page opens on what NewsHub has found rather than on a wall of "暂无合作".
/// </summary>
public class IndexModel(NewsHubDbContext db, CurrentReferenceData reference) : PageModel
{
    /// <summary>The companies with at least one shown event, by role.</summary>
    public IReadOnlyList<RoleGroup> Roles { get; private set; } = [];

    /// <summary>The companies without events, by role.</summary>
    public IReadOnlyList<RoleGroup> Quiet { get; private set; } = [];

    /// <summary>How many companies have no events.</summary>
    public int QuietCount => Quiet.Sum(r => r.Companies.Count);

    /// <summary>True when the catalog has companies at all.</summary>
    public bool HasCompanies => Roles.Count > 0 || Quiet.Count > 0;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // One pass over the events, each counted for both its sides.
        var data = await reference.GetAsync(cancellationToken);
        var visible = EventVisibility.Except(db.PartnershipEvents.AsNoTracking(), data.HiddenEventIds);
        var events = await visible.Select(e => e.CompanyAId).Concat(visible.Select(e => e.CompanyBId))
            .GroupBy(id => id)
            .Select(g => new { GroupId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.GroupId, g => g.Count, cancellationToken);
        // A discovered company shows once it takes part in an event; unlisted and eventless, it is only the review queue's.
        var groups = data.Companies.Values
            .Where(c => c.ParentId is null && !c.IsRejected && (!c.IsUnreviewed || events.ContainsKey(c.Id)))
            .Select(c => new Row(c.Name, c.EnglishNames, c.Role, events.GetValueOrDefault(c.Id), c.ChildIds.Count) { Unreviewed = c.IsUnreviewed })
            .ToList();

        Roles = ByRole(groups.Where(g => g.Events > 0));
        Quiet = ByRole(groups.Where(g => g.Events == 0));
    }

    private static IReadOnlyList<RoleGroup> ByRole(IEnumerable<Row> rows)
    {
        var list = rows.ToList();
        return [.. QueryValues.Roles
            .Select(role => new RoleGroup(role, [.. list.Where(g => g.Role == role).OrderByDescending(g => g.Events).ThenBy(g => g.Name, StringComparer.Ordinal)]))
            .Where(r => r.Companies.Count > 0)];
    }

    public sealed record RoleGroup(CompanyRole Role, IReadOnlyList<Row> Companies);

    /// <param name="Name">Canonical name.</param>
    /// <param name="EnglishNames">English names.</param>
    /// <param name="Role">Role.</param>
    /// <param name="Events">Visible partnership events.</param>
    /// <param name="Brands">Brands and units directly under it.</param>
    public sealed record Row(string Name, IReadOnlyList<string> EnglishNames, CompanyRole Role, int Events, int Brands)
    {
        /// <summary>True for a company discovered in articles that no admin reviewed yet.</summary>
        public bool Unreviewed { get; init; }
    }
}
