using NewsHub.Domain.Catalog;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>One name of the catalog as the tagger looks for it.</summary>
/// <param name="Text">The name as listed.</param>
/// <param name="Company">Index of its company in the catalog.</param>
/// <param name="IsAmbiguous">Whether it needs context to count.</param>
internal sealed record CompanyName(string Text, int Company, bool IsAmbiguous);

/// <summary>
/// Every name of the catalog in a prefix tree keyed by character (ASCII letters folded to lower case),
/// so that one pass over a text finds them all, with the rules for how Latin letters may be written.
/// </summary>
internal sealed class CompanyNames
{
    private readonly Node root = new();

    public CompanyNames(CompanyCatalog catalog)
    {
        var names = new List<CompanyName>();
        for (var i = 0; i < catalog.Companies.Count; i++)
        {
            names.AddRange(catalog.Companies[i].Aliases.Select(a => new CompanyName(a.Name, i, a.IsAmbiguous)));
        }

        All = names;
        foreach (var name in names)
        {
            var node = root;
            foreach (var c in name.Text)
            {
                node = node.Child(Fold(c), create: true)!;
            }

            node.Names.Add(name);
        }
    }

    public IReadOnlyList<CompanyName> All { get; }

    /// <summary>Adds every name written at <paramref name="start"/> (ignoring ASCII case) to <paramref name="found"/>, shortest first.</summary>
    public void FindAt(string text, int start, List<CompanyName> found)
    {
        var node = root;
        for (var i = start; i < text.Length; i++)
        {
            node = node.Child(Fold(text[i]), create: false);
            if (node is null)
            {
                return;
            }

            found.AddRange(node.Names);
        }
    }

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

    private static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private sealed class Node
    {
        private Dictionary<char, Node>? children;

        public List<CompanyName> Names { get; } = [];

        public Node? Child(char c, bool create)
        {
            if (children is not null && children.TryGetValue(c, out var child))
            {
                return child;
            }

            if (!create)
            {
                return null;
            }

            children ??= [];
            return children[c] = new Node();
        }
    }
}
