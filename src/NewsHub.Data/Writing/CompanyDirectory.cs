using Microsoft.EntityFrameworkCore;

namespace NewsHub.Data.Writing;

/// <summary>
/// Company ids by name, loaded once: canonical names first, then aliases for names the catalog
/// knows only as another spelling. Read-only after loading, so writers share it across threads.
/// </summary>
internal sealed class CompanyDirectory
{
    private readonly Dictionary<string, int> ids;

    private CompanyDirectory(Dictionary<string, int> ids) => this.ids = ids;

    public int Count => ids.Count;

    public static async Task<CompanyDirectory> LoadAsync(NewsHubDbContext db, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var alias in await db.CompanyAliases.AsNoTracking().Select(a => new { a.Name, a.CompanyId }).ToListAsync(cancellationToken))
        {
            ids[alias.Name] = alias.CompanyId;
        }

        // Canonical names win over an alias spelled the same.
        foreach (var company in await db.Companies.AsNoTracking().Select(c => new { c.CanonicalName, c.Id }).ToListAsync(cancellationToken))
        {
            ids[company.CanonicalName] = company.Id;
        }

        return new CompanyDirectory(ids);
    }

    public int? Find(string name) => ids.TryGetValue(name, out var id) ? id : null;
}
