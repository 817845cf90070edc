using NewsHub.Ingestion.Companies;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>
/// Hand-built company mentions for finder tests, independent of the tagger: every place a listed name
/// is written, longest names first, never overlapping, as the tagger would report them.
/// </summary>
internal static class Mentions
{
    public static (string Name, string Group, CompanyRole Role) Carmaker(string name, string? group = null) => (name, group ?? name, CompanyRole.Carmaker);

    public static (string Name, string Group, CompanyRole Role) Battery(string name, string? group = null) => (name, group ?? name, CompanyRole.Battery);

    public static (string Name, string Group, CompanyRole Role) Parts(string name, string? group = null) => (name, group ?? name, CompanyRole.Parts);

    public static (string Name, string Group, CompanyRole Role) Mobility(string name, string? group = null) => (name, group ?? name, CompanyRole.Mobility);

    public static (string Name, string Group, CompanyRole Role) Tech(string name, string? group = null) => (name, group ?? name, CompanyRole.Tech);

    public static (string Name, string Group, CompanyRole Role) Other(string name, string? group = null) => (name, group ?? name, CompanyRole.Other);

    public static IReadOnlyList<CompanyMention> In(string text, params (string Name, string Group, CompanyRole Role)[] companies)
    {
        var taken = new bool[text.Length];
        var mentions = new List<CompanyMention>();
        foreach (var (name, group, role) in companies.OrderByDescending(c => c.Name.Length))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(at, name.Length).Any(i => taken[i]))
                {
                    continue;
                }

                Array.Fill(taken, true, at, name.Length);
                mentions.Add(new CompanyMention(name, group, role, name, at, name.Length));
            }
        }

        return [.. mentions.OrderBy(m => m.Start)];
    }
}
