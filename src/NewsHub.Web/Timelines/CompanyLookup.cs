using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>A company group as pages show it: the unit partnerships are kept by.</summary>
/// <param name="Id">The group's id.</param>
/// <param name="Name">Its canonical Chinese name.</param>
/// <param name="EnglishNames">Its English names, the first being the usual one.</param>
/// <param name="Role">What the group does.</param>
/// <param name="FoldedFrom">The brand or unit the reader named when it is not the group itself (极氪 for 吉利), else null.</param>
public sealed record CompanyGroup(int Id, string Name, IReadOnlyList<string> EnglishNames, CompanyRole Role, string? FoldedFrom = null);

/// <summary>
/// Finds the group a name stands for: an id, a canonical name, or any alias (English names included,
/// ASCII case ignored), then up the parent links to the top-most company, as the tagger folds mentions.
/// </summary>
public static class CompanyLookup
{
    // Catalog parents form no cycle (CatalogRules), but a hand-edited database might; stop anyway.
    private const int MaxDepth = 16;

    /// <summary>The group <paramref name="name"/> stands for, or null when no company goes by it.</summary>
    public static async Task<CompanyGroup?> FindGroupAsync(NewsHubDbContext db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim();
        if (wanted.Length == 0)
        {
            return null;
        }

        var companies = db.Companies.AsNoTracking();
        int? id = int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var alias = LikePattern.Exactly(wanted);
        var start = await companies
            .Where(c => c.Id == id || c.CanonicalName == wanted || c.Aliases.Any(a => EF.Functions.ILike(a.Name, alias)))
            .OrderBy(c => c.Id == id ? 0 : c.CanonicalName == wanted ? 1 : 2)
            .Select(c => new Node(c.Id, c.ParentId, c.CanonicalName, c.EnglishNames, c.Role))
            .FirstOrDefaultAsync(cancellationToken);
        if (start is null)
        {
            return null;
        }

        var group = start;
        for (var depth = 0; group.ParentId is { } parentId && depth < MaxDepth; depth++)
        {
            group = await companies
                .Where(c => c.Id == parentId)
                .Select(c => new Node(c.Id, c.ParentId, c.CanonicalName, c.EnglishNames, c.Role))
                .SingleAsync(cancellationToken);
        }

        return new CompanyGroup(group.Id, group.Name, group.EnglishNames, group.Role, group.Id == start.Id ? null : start.Name);
    }

    private sealed record Node(int Id, int? ParentId, string Name, List<string> EnglishNames, CompanyRole Role);
}
