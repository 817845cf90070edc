using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>An article's own short name for a company: 广汽三菱汽车有限公司（以下简称“广汽三菱”）.</summary>
/// <param name="Opening">Offset of the bracket or comma that opens the declaration.</param>
/// <param name="Aliases">Each declared short name and its offset.</param>
internal sealed record AliasDeclaration(int Opening, IReadOnlyList<(string Alias, int Start)> Aliases);

/// <summary>
/// Finds alias declarations (（以下简称“X”）, （下称X）, (以下简称X), ，以下简称“X”或“Y”) and the
/// company each one names: the catalog name just before it, followed by nothing but the rest of a
/// company's full name (股份有限公司, （中国）投资有限公司).
/// </summary>
internal static partial class AliasDeclarations
{
    private const string Alias = """[“"「『‘']?(?<alias>[^“”"「」『』‘’'（）()，,。；;、：:或\s]{2,20})[”"」』’']?""";

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？；;!?\n");

    // Further aliases (“X”或“Y”) must be quoted, or the rest of the sentence would pass for one.
    private const string QuotedAlias = """[“"「『‘'](?<alias>[^“”"「」『』‘’'（）()，,。；;、：:\s]{2,20})[”"」』’']""";

    public static IEnumerable<AliasDeclaration> Find(string text)
    {
        foreach (Match match in Declaration().Matches(text))
        {
            var aliases = match.Groups["alias"].Captures.Select(c => (c.Value, c.Index)).ToList();
            yield return new AliasDeclaration(match.Index, aliases);
        }
    }

    /// <summary>
    /// The candidate the declaration refers to: the last one before it whose end is followed only by
    /// the tail of a full company name; else, when the alias is itself a name of some company, the last
    /// candidate of that company earlier in the same clause.
    /// </summary>
    public static Candidate? FindReferent(string text, AliasDeclaration declaration, IReadOnlyList<Candidate> candidates, Func<string, IEnumerable<int>> companiesNamed)
    {
        var before = candidates.Where(c => c.End <= declaration.Opening).OrderByDescending(c => c.End).ThenByDescending(c => c.Length).ToList();
        var adjacent = before.FirstOrDefault(c => IsNameTail(text.AsSpan(c.End, declaration.Opening - c.End)));
        if (adjacent is not null)
        {
            return adjacent;
        }

        var clauseStart = text.AsSpan(0, declaration.Opening).LastIndexOfAny(SentenceEnds) + 1;
        var named = declaration.Aliases.SelectMany(a => companiesNamed(a.Alias)).ToHashSet();
        return before.FirstOrDefault(c => c.Start >= clauseStart && named.Contains(c.Company));
    }

    /// <summary>Whether the text is empty or made only of the words that end a full company name.</summary>
    private static bool IsNameTail(ReadOnlySpan<char> gap)
    {
        var tails = CompanyWords.NameTails.GetAlternateLookup<ReadOnlySpan<char>>();
        gap = gap.Trim();
        while (!gap.IsEmpty)
        {
            var longest = 0;
            for (var length = Math.Min(gap.Length, 8); length > 0 && longest == 0; length--)
            {
                if (tails.Contains(gap[..length]))
                {
                    longest = length;
                }
            }

            if (longest == 0)
            {
                return false;
            }

            gap = gap[longest..];
        }

        return true;
    }

    [GeneratedRegex(
        """(?:[（(]|[，,]\s*)\s*(?:(?:以下|下文|后文|下)(?:简称|称)|简称)(?:为|：|:)?\s*""" + Alias + """(?:\s*(?:或|、|和|及)\s*""" + QuotedAlias + ")*",
        RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();
}
