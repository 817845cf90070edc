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

    /// <summary>
    /// Adds every name written at <paramref name="start"/> (ignoring ASCII case) to <paramref name="found"/>, shortest
    /// first, each with the length it takes in the text. Many outlets put a space where Latin letters or digits meet
    /// Chinese (B 站, 360 集团, LG 新能源): a name is found with such a space where it has none.
    /// </summary>
    public void FindAt(string text, int start, List<(CompanyName Name, int Length)> found) => Walk(text, start, start, root, found);

    private static void Walk(string text, int start, int from, Node node, List<(CompanyName Name, int Length)> found)
    {
        for (var i = from; i < text.Length; i++)
        {
            // LG 新能源 for LG新能源, while LG Group keeps its own space: try the name both ways.
            if (text[i] == ' ' && i > start && i + 1 < text.Length && IsScriptBoundary(text[i - 1], text[i + 1]))
            {
                Walk(text, start, i + 1, node, found);
            }

            var next = node.Child(Fold(text[i]), create: false);
            if (next is null)
            {
                return;
            }

            node = next;
            foreach (var name in node.Names)
            {
                found.Add((name, i + 1 - start));
            }
        }
    }

    /// <summary>
    /// The name as written at [<paramref name="start"/>, +<paramref name="length"/>) without the spaces that
    /// <see cref="FindAt"/> stepped over (B 站 → B站), to compare with the listed name.
    /// </summary>
    public static string Compact(string text, int start, int length)
    {
        var written = text.AsSpan(start, length);
        if (!written.Contains(' '))
        {
            return written.ToString();
        }

        var compact = new System.Text.StringBuilder(length);
        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] != ' ' || i == 0 || i + 1 == written.Length || !IsScriptBoundary(written[i - 1], written[i + 1]))
            {
                compact.Append(written[i]);
            }
        }

        return compact.ToString();
    }

    /// <summary>Latin letters or digits on one side and Chinese on the other (B|站, 360|集团, 华为|HI).</summary>
    private static bool IsScriptBoundary(char before, char after) =>
        (Script.IsAlphanumeric(before) && Script.IsHan(after)) || (Script.IsHan(before) && Script.IsAlphanumeric(after));

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
