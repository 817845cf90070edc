using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsHub.Domain.Catalog;

/// <summary>
/// Reads the catalog's YAML form: the <c>companies.yaml</c> shipped inside this assembly, or an edited
/// copy at a path. The file format is described at the top of <c>companies.yaml</c>.
/// </summary>
public static class CompanyCatalogFile
{
    private const string EmbeddedName = "NewsHub.Domain.Catalog.companies.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly Lazy<CompanyCatalog> Shipped = new(LoadShipped);

    private static readonly Dictionary<string, CompanyRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["carmaker"] = CompanyRole.Carmaker,
        ["battery"] = CompanyRole.Battery,
        ["parts"] = CompanyRole.Parts,
        ["mobility"] = CompanyRole.Mobility,
        ["tech"] = CompanyRole.Tech,
        ["other"] = CompanyRole.Other,
    };

    /// <summary>The catalog shipped with NewsHub, read once per process.</summary>
    public static CompanyCatalog Default => Shipped.Value;

    /// <summary>Reads a catalog file.</summary>
    /// <exception cref="CatalogValidationException">When the file is not valid YAML of the expected shape, or the catalog breaks a rule.</exception>
    public static CompanyCatalog Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Reads catalog YAML; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="CatalogValidationException">When the text is not valid YAML of the expected shape, or the catalog breaks a rule.</exception>
    public static CompanyCatalog Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        CatalogDocument? document;
        try
        {
            document = Deserializer.Deserialize<CatalogDocument?>(reader);
        }
        catch (YamlException e)
        {
            throw new CatalogValidationException(
                $"{sourceName}: line {e.Start.Line.ToString(CultureInfo.InvariantCulture)}: {(e.InnerException ?? e).Message}", e);
        }

        if (document?.Companies is not { Count: > 0 } entries)
        {
            throw new CatalogValidationException($"{sourceName}: no companies listed under 'companies:'");
        }

        return ToCatalog(entries, sourceName);
    }

    private static CompanyCatalog LoadShipped()
    {
        using var stream = typeof(CompanyCatalogFile).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"The embedded resource {EmbeddedName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "companies.yaml");
    }

    private static CompanyCatalog ToCatalog(List<CompanyEntry> entries, string sourceName)
    {
        var problems = new List<string>();
        var byName = new Dictionary<string, CompanyEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                problems.Add("an entry has no name");
            }
            else
            {
                byName.TryAdd(entry.Name, entry);
            }
        }

        var companies = new List<CatalogCompany>();
        foreach (var entry in entries.Where(e => !string.IsNullOrWhiteSpace(e.Name)))
        {
            var role = ResolveRole(entry, byName, problems);
            var english = entry.English ?? [];
            var names = new List<string> { entry.Name! };
            names.AddRange(english);
            names.AddRange(entry.Aliases ?? []);

            var ambiguous = (entry.Ambiguous ?? []).ToHashSet(StringComparer.Ordinal);
            foreach (var stray in ambiguous.Where(a => !names.Contains(a, StringComparer.Ordinal)))
            {
                problems.Add($"company \"{entry.Name}\" marks \"{stray}\" ambiguous, but that is not one of its names");
            }

            companies.Add(new CatalogCompany(
                entry.Name!,
                role,
                entry.Parent,
                english,
                names.Select(n => new CatalogAlias(n, ambiguous.Contains(n))).ToList()));
        }

        if (problems.Count > 0)
        {
            throw new CatalogValidationException(problems.Select(p => $"{sourceName}: {p}").ToList());
        }

        return CompanyCatalog.Create(companies);
    }

    /// <summary>The entry's own role, else the nearest ancestor's; a group must have one.</summary>
    private static CompanyRole ResolveRole(CompanyEntry entry, Dictionary<string, CompanyEntry> byName, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = entry; current is not null && seen.Add(current.Name!); current = current.Parent is null ? null : byName.GetValueOrDefault(current.Parent))
        {
            if (current.Role is not null)
            {
                if (Roles.TryGetValue(current.Role, out var role))
                {
                    return role;
                }

                if (current == entry)
                {
                    problems.Add($"company \"{entry.Name}\" has role \"{entry.Role}\"; use one of {string.Join(", ", Roles.Keys)}");
                }

                return CompanyRole.Other;
            }
        }

        if (entry.Parent is null)
        {
            problems.Add($"company \"{entry.Name}\" is a group (no parent) and needs a role");
        }

        // A missing parent or a cycle is reported by the catalog's own rules.
        return CompanyRole.Other;
    }

    /// <summary>The file as a whole.</summary>
    private sealed class CatalogDocument
    {
        public List<CompanyEntry>? Companies { get; set; }
    }

    /// <summary>One entry as written; see the top of companies.yaml.</summary>
    private sealed class CompanyEntry
    {
        public string? Name { get; set; }

        public string? Role { get; set; }

        public string? Parent { get; set; }

        public List<string>? English { get; set; }

        public List<string>? Aliases { get; set; }

        public List<string>? Ambiguous { get; set; }
    }
}
