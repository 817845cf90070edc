using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Writing;
using NewsHub.Domain.Catalog;

namespace NewsHub.Data.Catalog;

/// <summary>A stored company as the snapshot keeps it: every status, with its names.</summary>
/// <param name="Id">Its id.</param>
/// <param name="ParentId">The company it folds into, null for a group.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="EnglishNames">Its English names, the usual one first.</param>
/// <param name="Role">What it does.</param>
/// <param name="Status">Catalog, accepted, discovered or rejected.</param>
/// <param name="Aliases">The names it is written as, in the database's name order.</param>
public sealed record SnapshotCompany(
    int Id, int? ParentId, string Name, IReadOnlyList<string> EnglishNames, CompanyRole Role, CompanyStatus Status, IReadOnlyList<CatalogAlias> Aliases);

/// <summary>
/// The company catalog as stored at one moment: the <see cref="CompanyCatalog"/> the tagger reads, the ids the
/// writer stores mentions against, and every company with its names and group for the pages. One snapshot is read
/// per change of the <c>companies</c> and <c>company_aliases</c> tables (<see cref="CatalogSnapshots"/>) and shared
/// by all of them, so that an admin's edit reaches the tagger, the writer and the pages alike. Immutable, so it is
/// shared across threads; its size follows the catalog (a few hundred companies), never the number of articles.
/// </summary>
/// <remarks>
/// Only catalog and accepted companies are catalog entries. Discovered companies, which nobody reviewed, are
/// not: the tagger finds them again by discovery, and <see cref="FindDiscovered"/> gives their ids. Rejected
/// companies are the catalog's <see cref="CompanyCatalog.RejectedNames"/>.
/// </remarks>
public sealed class CatalogSnapshot
{
    // Catalog parents form no cycle (CatalogRules), but a hand-edited database might; stop anyway.
    private const int MaxDepth = 16;

    private readonly Dictionary<string, int> catalogIds;
    private readonly Dictionary<string, int> discoveredIds;
    private readonly Dictionary<string, int> idsByName;
    private readonly HashSet<string> rejectedNames;

    private readonly CompanyCatalog? catalog;
    private readonly ExceptionDispatchInfo? catalogError;

    private CatalogSnapshot(CompanyCatalog? catalog, ExceptionDispatchInfo? catalogError, IReadOnlyList<SnapshotCompany> companiesByName)
    {
        this.catalog = catalog;
        this.catalogError = catalogError;
        CompaniesByName = companiesByName;
        Companies = companiesByName.ToDictionary(c => c.Id);
        catalogIds = companiesByName.Where(c => c.Status.IsCatalogEntry()).ToDictionary(c => c.Name, c => c.Id, StringComparer.Ordinal);
        discoveredIds = companiesByName.Where(c => c.Status == CompanyStatus.Discovered).ToDictionary(c => c.Name, c => c.Id, StringComparer.Ordinal);
        rejectedNames = companiesByName.Where(c => c.Status == CompanyStatus.Rejected).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        ReviewNames = companiesByName.Where(c => !c.Status.IsCatalogEntry()).ToDictionary(c => c.Id, c => c.Name);

        // Aliases first, then canonical names, which win over an alias spelled the same.
        idsByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var company in companiesByName.OrderBy(c => c.Id))
        {
            foreach (var alias in company.Aliases)
            {
                idsByName[alias.Name] = company.Id;
            }
        }

        foreach (var company in companiesByName)
        {
            idsByName[company.Name] = company.Id;
        }

        CatalogCount = catalogIds.Count;
    }

    /// <summary>The catalog as stored, validated like the seed file, with the rejected names: what the tagger reads.</summary>
    /// <exception cref="CatalogValidationException">When edits left the tables inconsistent (an alias that, ignoring case, stands for two companies).</exception>
    public CompanyCatalog Catalog
    {
        get
        {
            // Only the tagger needs a valid catalog: pages and the writer go on with the ids of a broken one.
            catalogError?.Throw();
            return catalog!;
        }
    }

    /// <summary>Every stored company (rejected ones included), in the database's order of canonical names.</summary>
    public IReadOnlyList<SnapshotCompany> CompaniesByName { get; }

    /// <summary>Every stored company by id.</summary>
    public IReadOnlyDictionary<int, SnapshotCompany> Companies { get; }

    /// <summary>The names of the companies that are not catalog entries (discovered and rejected ones), by id, for reports.</summary>
    public IReadOnlyDictionary<int, string> ReviewNames { get; }

    /// <summary>How many companies the catalog lists (catalog and accepted ones): none means it was never seeded.</summary>
    public int CatalogCount { get; }

    /// <summary>The id of the discovered (not yet reviewed) company with this name, or null when none is stored.</summary>
    public int? FindDiscovered(string name) => discoveredIds.TryGetValue(name, out var id) ? id : null;

    /// <summary>The database id of the catalog company with this canonical name.</summary>
    /// <exception cref="KeyNotFoundException">When no stored catalog company has that name.</exception>
    public int IdOf(string canonicalName) =>
        catalogIds.TryGetValue(canonicalName, out var id)
            ? id
            : throw new KeyNotFoundException($"No stored company is named \"{canonicalName}\".");

    /// <summary>The id of the company a canonical name or, failing that, an alias stands for (any status); null when none.</summary>
    public int? Find(string name) => idsByName.TryGetValue(name, out var id) ? id : null;

    /// <summary>True when an admin rejected this name as a company (Latin letters compared without case).</summary>
    public bool IsRejected(string name) => rejectedNames.Contains(name);

    /// <summary>The stored company <paramref name="name"/> stands for, with its group, or null when none is known.</summary>
    public StoredCompany? FindCompany(string name) =>
        Find(name) is { } id ? new StoredCompany(id, GroupIdOf(id), Companies[id].Status) : null;

    /// <summary>The id of the top-most company that <paramref name="companyId"/> folds into (itself for a group).</summary>
    public int GroupIdOf(int companyId)
    {
        var groupId = companyId;
        var parentId = Companies[companyId].ParentId;
        for (var depth = 0; parentId is { } parent && depth < MaxDepth && Companies.TryGetValue(parent, out var above); depth++)
        {
            groupId = parent;
            parentId = above.ParentId;
        }

        return groupId;
    }

    /// <summary>Reads every company and alias, in two queries.</summary>
    public static async Task<CatalogSnapshot> LoadAsync(NewsHubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // The database's name order, which pages show; the catalog itself is built in id order, as it was seeded.
        var rows = await db.Companies.AsNoTracking()
            .OrderBy(c => c.CanonicalName).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.CanonicalName, c.Role, c.EnglishNames, c.ParentId, c.Status })
            .ToListAsync(cancellationToken);
        var aliases = await db.CompanyAliases.AsNoTracking()
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.CompanyId, a.Name, a.IsAmbiguous })
            .ToListAsync(cancellationToken);

        var aliasesById = aliases.ToLookup(a => a.CompanyId, a => new CatalogAlias(a.Name, a.IsAmbiguous));
        var companies = rows
            .Select(c => new SnapshotCompany(c.Id, c.ParentId, c.CanonicalName, c.EnglishNames, c.Role, c.Status, [.. aliasesById[c.Id]]))
            .ToList();

        var namesById = rows.ToDictionary(c => c.Id, c => c.CanonicalName);
        var aliasesInIdOrder = aliases.OrderBy(a => a.Id).ToLookup(a => a.CompanyId, a => new CatalogAlias(a.Name, a.IsAmbiguous));
        var entries = rows.Where(c => c.Status.IsCatalogEntry()).OrderBy(c => c.Id).Select(c => new CatalogCompany(
            c.CanonicalName,
            c.Role,
            c.ParentId is { } parentId ? namesById[parentId] : null,
            c.EnglishNames,
            aliasesInIdOrder[c.Id].ToList()));
        try
        {
            var catalog = CompanyCatalog.Create(entries, rows.Where(c => c.Status == CompanyStatus.Rejected).Select(c => c.CanonicalName));
            return new CatalogSnapshot(catalog, null, companies);
        }
        catch (CatalogValidationException ex)
        {
            return new CatalogSnapshot(null, ExceptionDispatchInfo.Capture(ex), companies);
        }
    }
}
