namespace NewsHub.Domain.Catalog;

/// <summary>
/// The validated set of companies NewsHub knows: each brand or unit linked to its parent, every name
/// that stands for a company owned by exactly one of them. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// The YAML file shipped with NewsHub seeds it (<c>CatalogSeeder</c> in NewsHub.Data); once seeded, the
/// <c>companies</c> and <c>company_aliases</c> tables are the live catalog (<c>CatalogSnapshot</c>).
/// </remarks>
public sealed class CompanyCatalog
{
    /// <summary>Longest name or alias the database accepts.</summary>
    public const int MaxNameLength = 200;

    private readonly Dictionary<string, CatalogCompany> byName;
    private readonly Dictionary<string, CatalogCompany> groups;

    private CompanyCatalog(IReadOnlyList<CatalogCompany> companies, IReadOnlySet<string> rejectedNames)
    {
        Companies = companies;
        RejectedNames = rejectedNames;
        byName = companies.ToDictionary(c => c.Name, StringComparer.Ordinal);
        groups = companies.ToDictionary(c => c.Name, FindGroup, StringComparer.Ordinal);
    }

    /// <summary>Every company, brand and unit, in the order given.</summary>
    public IReadOnlyList<CatalogCompany> Companies { get; }

    /// <summary>
    /// Names an admin rejected as companies: discovery never offers them again. Compared ordinally,
    /// Latin names case-insensitively.
    /// </summary>
    public IReadOnlySet<string> RejectedNames { get; }

    /// <summary>Validates the companies and builds the catalog.</summary>
    /// <param name="companies">The companies, brands and units.</param>
    /// <param name="rejectedNames">Names never to be taken for a company (see <see cref="RejectedNames"/>).</param>
    /// <exception cref="CatalogValidationException">Listing every problem when any is found.</exception>
    public static CompanyCatalog Create(IEnumerable<CatalogCompany> companies, IEnumerable<string>? rejectedNames = null)
    {
        ArgumentNullException.ThrowIfNull(companies);
        var list = companies.ToList();
        var problems = CatalogRules.Check(list);
        if (problems.Count > 0)
        {
            throw new CatalogValidationException(problems);
        }

        return new CompanyCatalog(list, (rejectedNames ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The company with this canonical name, or null.</summary>
    public CatalogCompany? Find(string canonicalName) => byName.GetValueOrDefault(canonicalName);

    /// <summary>The company's parent, or null for a group.</summary>
    public CatalogCompany? ParentOf(CatalogCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return company.Parent is null ? null : byName[company.Parent];
    }

    /// <summary>The group a company folds into: its top-most ancestor, or itself for a group.</summary>
    public CatalogCompany GroupOf(CatalogCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return groups[company.Name];
    }

    private CatalogCompany FindGroup(CatalogCompany company)
    {
        var current = company;
        while (current.Parent is not null)
        {
            current = byName[current.Parent];
        }

        return current;
    }
}
