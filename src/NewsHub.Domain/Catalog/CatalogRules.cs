using System.Globalization;

namespace NewsHub.Domain.Catalog;

/// <summary>
/// What makes a catalog usable: unique canonical names, parents that exist and form no cycle, and
/// names that each stand for one company only. Names are compared ignoring ASCII case, because the
/// tagger accepts TESLA for Tesla.
/// </summary>
internal static class CatalogRules
{
    public static List<string> Check(IReadOnlyList<CatalogCompany> companies)
    {
        var problems = new List<string>();
        var byName = new Dictionary<string, CatalogCompany>(StringComparer.Ordinal);
        foreach (var company in companies)
        {
            CheckName(company.Name, $"company \"{company.Name}\"", problems);
            if (!byName.TryAdd(company.Name, company))
            {
                problems.Add($"company \"{company.Name}\" is listed twice");
            }
        }

        foreach (var company in companies)
        {
            CheckParent(company, byName, problems);
            foreach (var english in company.EnglishNames)
            {
                CheckName(english, $"English name \"{english}\" of \"{company.Name}\"", problems);
            }
        }

        CheckAliases(companies, problems);
        return problems;
    }

    private static void CheckParent(CatalogCompany company, Dictionary<string, CatalogCompany> byName, List<string> problems)
    {
        if (company.Parent is null)
        {
            return;
        }

        if (!byName.ContainsKey(company.Parent))
        {
            problems.Add($"company \"{company.Name}\" names parent \"{company.Parent}\", which is not in the catalog");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { company.Name };
        for (var parent = company.Parent; parent is not null; parent = byName.GetValueOrDefault(parent)?.Parent)
        {
            if (!seen.Add(parent))
            {
                problems.Add($"company \"{company.Name}\" is its own ancestor (through \"{parent}\")");
                return;
            }
        }
    }

    private static void CheckAliases(IReadOnlyList<CatalogCompany> companies, List<string> problems)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var company in companies)
        {
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in company.Aliases)
            {
                if (!CheckName(alias.Name, $"alias \"{alias.Name}\" of \"{company.Name}\"", problems))
                {
                    continue;
                }

                if (!own.Add(alias.Name))
                {
                    problems.Add($"alias \"{alias.Name}\" is listed twice for \"{company.Name}\"");
                }
                else if (owners.TryGetValue(alias.Name, out var owner) && owner != company.Name)
                {
                    problems.Add($"alias \"{alias.Name}\" of \"{company.Name}\" already stands for \"{owner}\"");
                }
                else
                {
                    owners.TryAdd(alias.Name, company.Name);
                }
            }
        }
    }

    private static bool CheckName(string? name, string what, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add($"{what} is empty");
            return false;
        }

        if (name.Length != name.Trim().Length)
        {
            problems.Add($"{what} has leading or trailing spaces");
            return false;
        }

        if (name.Length > CompanyCatalog.MaxNameLength)
        {
            problems.Add($"{what} is longer than {CompanyCatalog.MaxNameLength.ToString(CultureInfo.InvariantCulture)} characters");
            return false;
        }

        if (name.Any(char.IsControl))
        {
            problems.Add($"{what} contains a line break or control character");
            return false;
        }

        return true;
    }
}
