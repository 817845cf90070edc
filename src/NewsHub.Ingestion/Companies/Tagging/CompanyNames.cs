using System.Collections.Frozen;
using NewsHub.Data.Catalog;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>One name of the catalog as the tagger looks for it.</summary>
/// <param name="Text">The name as listed.</param>
/// <param name="Company">Index of its company in the catalog.</param>
/// <param name="IsAmbiguous">Whether it needs context to count.</param>
internal sealed record CompanyName(string Text, int Company, bool IsAmbiguous);

/// <summary>
/// Every name of the catalog, indexed by first character (ASCII case folded) so that one pass over a
/// text finds them all, with the rules for how Latin letters may be written.
/// </summary>
internal sealed class CompanyNames
{
    private readonly FrozenDictionary<char, CompanyName[]> byFirstChar;

    public CompanyNames(CompanyCatalog catalog)
    {
        var names = new List<CompanyName>();
        for (var i = 0; i < catalog.Companies.Count; i++)
        {
            names.AddRange(catalog.Companies[i].Aliases.Select(a => new CompanyName(a.Name, i, a.IsAmbiguous)));
        }

        All = names;
        byFirstChar = names
            .GroupBy(n => char.ToLowerInvariant(n.Text[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(n => n.Text.Length).ToArray());
    }

    public IReadOnlyList<CompanyName> All { get; }

    /// <summary>Names that could start at <paramref name="c"/>, longest first.</summary>
    public ReadOnlySpan<CompanyName> StartingWith(char c) =>
        byFirstChar.TryGetValue(char.ToLowerInvariant(c), out var names) ? names : [];

    /// <summary>
    /// Whether <paramref name="written"/>, equal to <paramref name="name"/> ignoring case, is an accepted
    /// way of writing it. An all-capital name must be written as listed (LG, HI: "Hi" is a greeting);
    /// other names also in capitals or with a capital first letter (TESLA, Xpeng for XPeng), never all
    /// in lower case where the name is not (apple is a fruit).
    /// </summary>
    public static bool IsAcceptedSpelling(string name, ReadOnlySpan<char> written)
    {
        if (written.SequenceEqual(name))
        {
            return true;
        }

        if (!name.Any(char.IsLower))
        {
            return false;
        }

        var allCapitals = true;
        char? firstLetter = null;
        foreach (var c in written)
        {
            if (char.IsLetter(c) && !Script.IsHan(c))
            {
                firstLetter ??= c;
                allCapitals &= char.IsUpper(c);
            }
        }

        return allCapitals || (firstLetter is { } first && char.IsUpper(first));
    }
}
