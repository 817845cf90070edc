using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Admin;

/// <summary>A catalogued company an admin may choose as a group, labelled with the groups above it (吉利 › 沃尔沃).</summary>
/// <param name="Id">The company's id.</param>
/// <param name="Name">Its name after the names of the groups above it.</param>
public sealed record CatalogGroupChoice(int Id, string Name)
{
    /// <summary>
    /// Every catalogued company (catalog and accepted), in name order of their labels; with
    /// <paramref name="excludingMembersOf"/>, that company and its own members are left out, since choosing one of
    /// them as its group would make a cycle.
    /// </summary>
    public static async Task<IReadOnlyList<CatalogGroupChoice>> LoadAsync(NewsHubDbContext db, int? excludingMembersOf, CancellationToken cancellationToken)
    {
        var companies = await db.Companies.AsNoTracking()
            .Where(c => c.Status == CompanyStatus.Catalog || c.Status == CompanyStatus.Accepted)
            .Select(c => new { c.Id, c.CanonicalName, c.ParentId })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        IEnumerable<int> Lineage(int id)
        {
            for (int? current = id; current is { } at && companies.TryGetValue(at, out var company); current = company.ParentId)
            {
                yield return at;
            }
        }

        return [.. companies.Values
            .Where(c => excludingMembersOf is not { } excluded || !Lineage(c.Id).Contains(excluded))
            .Select(c => new CatalogGroupChoice(c.Id, string.Join(" › ", Lineage(c.Id).Reverse().Select(id => companies[id].CanonicalName))))
            .OrderBy(c => c.Name, StringComparer.Ordinal)];
    }
}
