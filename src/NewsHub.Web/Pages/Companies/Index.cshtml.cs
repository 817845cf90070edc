using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Companies;

/// <summary>Every company group by role, the ones with most partnership events first.</summary>
public class IndexModel(NewsHubDbContext db) : PageModel
{
    public IReadOnlyList<RoleGroup> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // One pass over the events, each counted for both its sides.
        var visible = await EventVisibility.VisibleAsync(db, cancellationToken);
        var events = await visible.Select(e => e.CompanyAId).Concat(visible.Select(e => e.CompanyBId))
            .GroupBy(id => id)
            .Select(g => new { GroupId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.GroupId, g => g.Count, cancellationToken);
        var groups = (await db.Companies.AsNoTracking()
            .Where(c => c.ParentId == null)
            .Select(c => new { c.Id, c.CanonicalName, c.EnglishNames, c.Role, Brands = c.Children.Count })
            .ToListAsync(cancellationToken))
            .Select(c => new Row(c.CanonicalName, c.EnglishNames, c.Role, events.GetValueOrDefault(c.Id), c.Brands))
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
    public sealed record Row(string Name, List<string> EnglishNames, CompanyRole Role, int Events, int Brands);
}
