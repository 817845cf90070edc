using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Caching;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Companies;

/// <summary>Every company group by role, the ones with most partnership events first.</summary>
public class IndexModel(NewsHubDbContext db, CurrentReferenceData reference) : PageModel
{
    public IReadOnlyList<RoleGroup> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // One pass over the events, each counted for both its sides.
        var data = await reference.GetAsync(cancellationToken);
        var visible = EventVisibility.Except(db.PartnershipEvents.AsNoTracking(), data.HiddenEventIds);
        var events = await visible.Select(e => e.CompanyAId).Concat(visible.Select(e => e.CompanyBId))
            .GroupBy(id => id)
            .Select(g => new { GroupId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.GroupId, g => g.Count, cancellationToken);
        var groups = data.Companies.Values
            .Where(c => c.ParentId is null)
            .Select(c => new Row(c.Name, c.EnglishNames, c.Role, events.GetValueOrDefault(c.Id), c.ChildIds.Count))
            .ToList();

        Roles = [.. QueryValues.Roles
            .Select(role => new RoleGroup(role, [.. groups.Where(g => g.Role == role).OrderByDescending(g => g.Events).ThenBy(g => g.Name, StringComparer.Ordinal)]))
            .Where(r => r.Companies.Count > 0)];
    }

    public sealed record RoleGroup(CompanyRole Role, IReadOnlyList<Row> Companies);

    /// <param name="Name">Canonical name.</param>
    /// <param name="EnglishNames">English names.</param>
    /// <param name="Role">Role.</param>
    /// <param name="Events">Visible partnership events.</param>
    /// <param name="Brands">Brands and units directly under it.</param>
    public sealed record Row(string Name, IReadOnlyList<string> EnglishNames, CompanyRole Role, int Events, int Brands);
}
