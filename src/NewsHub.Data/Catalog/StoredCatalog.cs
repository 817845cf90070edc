using Microsoft.EntityFrameworkCore;
using NewsHub.Domain.Catalog;

namespace NewsHub.Data.Catalog;

/// <summary>
/// The live catalog read back from the <c>companies</c> and <c>company_aliases</c> tables, with the
/// database id of each company so that mentions can be stored against it.
/// </summary>
/// <remarks>
/// Only catalog and accepted companies are catalog entries. Discovered companies, which nobody reviewed, are
/// not: the tagger finds them again by discovery, and <see cref="FindDiscovered"/> gives their ids. Rejected
/// companies are the catalog's <see cref="CompanyCatalog.RejectedNames"/>.
/// </remarks>
public sealed class StoredCatalog
{
    private readonly Dictionary<string, int> idsByName;
    private readonly Dictionary<string, int> discoveredIds;

    private StoredCatalog(CompanyCatalog catalog, Dictionary<string, int> idsByName, Dictionary<string, int> discoveredIds, Dictionary<int, string> reviewNames)
    {
        Catalog = catalog;
        this.idsByName = idsByName;
        this.discoveredIds = discoveredIds;
        ReviewNames = reviewNames;
    }

    /// <summary>The names of the companies that are not catalog entries (discovered and rejected ones), by id, for reports.</summary>
    public IReadOnlyDictionary<int, string> ReviewNames { get; }

    /// <summary>The catalog as stored, validated like the seed file, with the rejected names.</summary>
    public CompanyCatalog Catalog { get; }

    /// <summary>The id of the discovered (not yet reviewed) company with this name, or null when none is stored.</summary>
    public int? FindDiscovered(string name) => discoveredIds.TryGetValue(name, out var id) ? id : null;

    /// <summary>The database id of the company with this canonical name.</summary>
    /// <exception cref="KeyNotFoundException">When no stored company has that name.</exception>
    public int IdOf(string canonicalName) =>
        idsByName.TryGetValue(canonicalName, out var id)
            ? id
            : throw new KeyNotFoundException($"No stored company is named \"{canonicalName}\".");

    /// <summary>Reads every company and alias.</summary>
    /// <exception cref="CatalogValidationException">When edits left the tables inconsistent (an alias that, ignoring case, stands for two companies).</exception>
    public static async Task<StoredCatalog> LoadAsync(NewsHubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Companies.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.CanonicalName, c.Role, c.EnglishNames, c.ParentId, c.Status })
            .ToListAsync(cancellationToken);
        var companies = rows.Where(c => c.Status.IsCatalogEntry()).ToList();
        var aliases = await db.CompanyAliases.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new { a.CompanyId, a.Name, a.IsAmbiguous })
            .ToListAsync(cancellationToken);

        var namesById = rows.ToDictionary(c => c.Id, c => c.CanonicalName);
        var aliasesById = aliases.ToLookup(a => a.CompanyId, a => new CatalogAlias(a.Name, a.IsAmbiguous));
        var catalog = CompanyCatalog.Create(companies.Select(c => new CatalogCompany(
            c.CanonicalName,
            c.Role,
            c.ParentId is { } parentId ? namesById[parentId] : null,
            c.EnglishNames,
            aliasesById[c.Id].ToList())),
            rows.Where(c => c.Status == CompanyStatus.Rejected).Select(c => c.CanonicalName));
        return new StoredCatalog(
            catalog,
            companies.ToDictionary(c => c.CanonicalName, c => c.Id, StringComparer.Ordinal),
            rows.Where(c => c.Status == CompanyStatus.Discovered).ToDictionary(c => c.CanonicalName, c => c.Id, StringComparer.Ordinal),
            rows.Where(c => !c.Status.IsCatalogEntry()).ToDictionary(c => c.Id, c => c.CanonicalName));
    }
}
