using NewsHub.Data.Catalog;

namespace NewsHub.Pipeline.Retagging;

/// <summary>Counts mentions added and removed per company (catalog, discovered or rejected) over a retag.</summary>
internal sealed class MentionTally
{
    private readonly Dictionary<int, (int Added, int Removed)> counts = [];
    private readonly Dictionary<int, (string Company, string Group)> names;

    public MentionTally(CatalogSnapshot stored)
    {
        var catalog = stored.Catalog;
        names = catalog.Companies.ToDictionary(c => stored.IdOf(c.Name), c => (c.Name, catalog.GroupOf(c).Name));

        // Discovered companies are groups of their own; a rejected one still names the mentions that go.
        foreach (var (id, name) in stored.ReviewNames)
        {
            names[id] = (name, name);
        }
    }

    public void Add(IReadOnlyCollection<StoredMention> before, IReadOnlyCollection<StoredMention> after)
    {
        // Records compare by value, so set differences find exactly the mentions that came and went.
        foreach (var gone in before.Except(after))
        {
            var (added, removed) = counts.GetValueOrDefault(gone.CompanyId);
            counts[gone.CompanyId] = (added, removed + 1);
        }

        foreach (var come in after.Except(before))
        {
            var (added, removed) = counts.GetValueOrDefault(come.CompanyId);
            counts[come.CompanyId] = (added + 1, removed);
        }
    }

    public List<CompanyMentionChange> ToChanges() =>
        counts
            .Select(c =>
            {
                var (company, group) = names.TryGetValue(c.Key, out var known) ? known : ($"#{c.Key}", $"#{c.Key}");
                return new CompanyMentionChange(company, group, c.Value.Added, c.Value.Removed);
            })
            .OrderByDescending(c => c.Added + c.Removed)
            .ThenBy(c => c.Company, StringComparer.Ordinal)
            .ToList();
}
