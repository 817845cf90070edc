using NewsHub.Domain.Catalog;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>The catalog's tree by index: each company's parent and group.</summary>
internal sealed class CatalogShape
{
    private readonly int[] parents;
    private readonly int[] groups;

    public CatalogShape(CompanyCatalog catalog)
    {
        var index = catalog.Companies.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        parents = catalog.Companies.Select(c => c.Parent is null ? -1 : index[c.Parent]).ToArray();
        groups = catalog.Companies.Select(c => index[catalog.GroupOf(c).Name]).ToArray();
    }

    public int GroupOf(int company) => groups[company];

    /// <summary>The company's parent, or -1 for a group.</summary>
    public int ParentOf(int company) => parents[company];

    public bool SameGroup(int a, int b) => groups[a] == groups[b];

    /// <summary>The same company, or one is the other's parent (大众 and 奥迪, 华为HI and 华为).</summary>
    public bool AreKin(int a, int b) => a == b || parents[a] == b || parents[b] == a;
}
