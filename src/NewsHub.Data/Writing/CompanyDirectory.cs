using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Writing;

/// <summary>
/// Company ids by name, loaded once: canonical names first, then aliases for names the catalog
/// knows only as another spelling; with each company's parent and status, and the names an admin
/// rejected. Read-only after loading, so writers share it across threads.
/// </summary>
internal sealed class CompanyDirectory
{
    // Catalog parents form no cycle (CatalogRules), but a hand-edited database might; stop anyway.
    private const int MaxDepth = 16;

    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<int, (int? ParentId, CompanyStatus Status)> companies;
    private readonly HashSet<string> rejectedNames;

    private CompanyDirectory(Dictionary<string, int> ids, Dictionary<int, (int? ParentId, CompanyStatus Status)> companies, HashSet<string> rejectedNames)
    {
        this.ids = ids;
        this.companies = companies;
        this.rejectedNames = rejectedNames;
    }

    /// <summary>How many companies the catalog lists (catalog and accepted ones): none means it was never seeded.</summary>
    public int CatalogCount => companies.Values.Count(c => c.Status.IsCatalogEntry());

    public static async Task<CompanyDirectory> LoadAsync(NewsHubDbContext db, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var alias in await db.CompanyAliases.AsNoTracking().Select(a => new { a.Name, a.CompanyId }).ToListAsync(cancellationToken))
        {
            ids[alias.Name] = alias.CompanyId;
        }

        var rows = await db.Companies.AsNoTracking().Select(c => new { c.CanonicalName, c.Id, c.ParentId, c.Status }).ToListAsync(cancellationToken);

        // Canonical names win over an alias spelled the same.
        foreach (var company in rows)
        {
            ids[company.CanonicalName] = company.Id;
        }

        return new CompanyDirectory(
            ids,
            rows.ToDictionary(c => c.Id, c => (c.ParentId, c.Status)),
            rows.Where(c => c.Status == CompanyStatus.Rejected).Select(c => c.CanonicalName).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    public int? Find(string name) => ids.TryGetValue(name, out var id) ? id : null;

    /// <summary>True when an admin rejected this name as a company (Latin letters compared without case).</summary>
    public bool IsRejected(string name) => rejectedNames.Contains(name);

    /// <summary>The stored company <paramref name="name"/> stands for, with its group, or null when none is known.</summary>
    public StoredCompany? FindCompany(string name)
    {
        if (Find(name) is not { } id)
        {
            return null;
        }

        var (parentId, status) = companies[id];
        var groupId = id;
        for (var depth = 0; parentId is { } parent && depth < MaxDepth && companies.TryGetValue(parent, out var above); depth++)
        {
            groupId = parent;
            parentId = above.ParentId;
        }

        return new StoredCompany(id, groupId, status);
    }
}
