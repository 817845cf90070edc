using System.Buffers;
using System.Text.RegularExpressions;
using NewsHub.Ingestion.Companies.Tagging;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// Latin-script names (Motional, Tower Semiconductor, Character.AI, xAI) that the text shows to be
/// companies. A Latin word alone proves nothing (products, models, tech terms, units and standards are
/// written the same way), so each needs evidence: an English company word in it (Semiconductor, Mobility),
/// a company cue right after it (Nuro公司, Anthropic创始人), or a deal that makes it a party (与Nuro达成合作,
/// 收购Redwood). A name of two or more words needs more than a deal (Peter Carlsson 与 Paolo Cerruti 联合创立: people
/// found companies too). A company word before it (自动驾驶公司Motional) is read by <see cref="Descriptors"/>.
/// </summary>
internal static partial class LatinNames
{
    private const int DealReach = 24;

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("，。；！？\n,;!?");

    public static IEnumerable<Sighting> Find(DiscoveryText text)
    {
        var matches = Name().Matches(text.Text);

        // A single word that ends a longer name of the article is a person's surname (Noland Arbaugh … Arbaugh说).
        var surnames = matches.Select(m => m.Value.Split(' ')).Where(w => w.Length > 1).Select(w => w[^1]).ToHashSet(StringComparer.Ordinal);
        foreach (Match match in matches)
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (!IsPlausible(match.Value) || text.TouchesCatalog(start, end) || IsCatalogsOwn(text, start) || surnames.Contains(match.Value)
                || (text.WordBefore(start) is { } before && DiscoveryWords.PersonTitlesBefore.Contains(before)))
            {
                continue;
            }

            var after = text.WordAfter(end);
            if (after is not null && DiscoveryWords.ProductCuesAfter.Contains(after))
            {
                continue;
            }

            // An acronym that is a deal's party is as often an agency, a league or a program (与 DARPA 签署, 与 MLB
            // 合作, 与 OBS 达成合作) as a company: it needs a company word or cue of its own.
            var role = CompanyWordRole(match.Value);
            if (role is not null
                || (text.CueAfter(end) is { } cue && DiscoveryWords.CompanyCuesAfterLatin.Contains(cue))
                || (!match.Value.Contains(' ', StringComparison.Ordinal) && !IsAcronym(match.Value)
                    && (IsDealParty(text, start, end) || IsCompanySubject(text, start, end))))
            {
                yield return new Sighting(start, end, [match.Value], role ?? CompanyRole.Other);
            }
            else if (CompanyLists.IsMember(text, start, end))
            {
                // OpenAI 和 X 等公司, 投资方包括软银、OpenAI 和 X: a member of a list of companies.
                yield return new Sighting(start, end, [match.Value], CompanyRole.Other);
            }
        }
    }

    /// <summary>A Latin name that starts exactly at <paramref name="offset"/>, if it may be a company's (after a descriptor).</summary>
    public static string? At(string text, int offset)
    {
        var match = Name().Match(text, offset);
        return match.Success && match.Index == offset && IsPlausible(match.Value) ? match.Value : null;
    }

    /// <summary>The role an English company word in the name suggests (Hedin Mobility → mobility), or null when it has none.</summary>
    public static CompanyRole? CompanyWordRole(string name)
    {
        // A name written as a web address (Character.AI, Scale.ai) is the company that runs it.
        if (name.EndsWith(".AI", StringComparison.OrdinalIgnoreCase) && name.Length > 3)
        {
            return CompanyRole.Tech;
        }

        var words = name.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && DiscoveryWords.LatinCompanyWords.TryGetValue(words[^1].TrimEnd('.'), out var role) ? role : null;
    }

    /// <summary>
    /// Not a tech term, unit or standard, and not a model code: letters with digits (SU7, L4, A100) name
    /// products, not companies.
    /// </summary>
    private static bool IsPlausible(string name) =>
        name.Length >= 2
        && !DiscoveryWords.LatinNonNames.Contains(name)
        && !DiscoveryWords.LatinNonNames.Contains(name.Split(' ', '.', '-')[0])
        && !name.Any(char.IsAsciiDigit)
        && !IsShortAcronym(name)
        && !IsProductStyle(name);

    /// <summary>Capitals only (MLB, DARPA, OBS): an initialism.</summary>
    private static bool IsAcronym(string name) => name.All(char.IsAsciiLetterUpper);

    /// <summary>A small i before a capital is how products are named (iPhone, iPad, iOS), not companies.</summary>
    private static bool IsProductStyle(string name) => name.Length > 2 && name[0] == 'i' && char.IsAsciiLetterUpper(name[1]);

    /// <summary>Two capitals (BU, BG, EA) are a unit, a grade or an initialism far more often than a company.</summary>
    private static bool IsShortAcronym(string name) => name.Length <= 2 && name.All(char.IsAsciiLetterUpper);

    /// <summary>Right after a catalog company, a Latin name is its product or its English name (百度 Apollo, 小米（Xiaomi）).</summary>
    private static bool IsCatalogsOwn(DiscoveryText text, int start)
    {
        var before = start;
        while (before > 0 && (char.IsWhiteSpace(text.Text[before - 1]) || text.Text[before - 1] is '（' or '(' or '的'))
        {
            before--;
        }

        return before > 0 && before < start + 1 && text.TouchesCatalog(before - 1, before);
    }

    /// <summary>
    /// The subject of a clause that says what only a company does (xAI 于去年推出了 Grok, Voxlane 宣布获得丰田的投资):
    /// see <see cref="CompanySubjects"/>.
    /// </summary>
    private static bool IsCompanySubject(DiscoveryText text, int start, int end) =>
        DiscoveryText.StartsClause(text.Text, start) && CompanySubjects.Follows(text.Text, end);

    /// <summary>
    /// Brought in by a deal word or a conjunction (与, 收购, 携手) and followed in the same clause by a
    /// cooperation word: 与Nuro达成合作, 收购Redwood Materials; or the investor a company took money from (获得Voxlane的投资).
    /// </summary>
    private static bool IsDealParty(DiscoveryText text, int start, int end)
    {
        var before = text.WordBefore(start);
        if (before == "获得")
        {
            // 获得Voxlane（的）（战略）投资: the name is the investor; 获得X认证 or 获得X奖 names no company.
            return InvestmentAfter().IsMatch(text.Text.AsSpan(end));
        }

        if (before is null || !DiscoveryWords.DealPartyBefore.Contains(before))
        {
            return false;
        }

        if (before is "收购" or "并购" or "投资" or "入股" or "领投" or "注资" or "战略投资" or "控股")
        {
            return true;
        }

        var value = text.Text;
        var clauseEnd = value.AsSpan(end).IndexOfAny(ClauseEnds);
        var reach = Math.Min(clauseEnd < 0 ? value.Length - end : clauseEnd, DealReach);
        var rest = value.AsSpan(end, reach);
        foreach (var word in DiscoveryWords.DealWords)
        {
            if (rest.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:的)?\s*(?:战略|追加|新一轮|数亿元|数千万元)?(?:投资|注资)", RegexOptions.CultureInvariant)]
    private static partial Regex InvestmentAfter();

    // Words that start with a capital (Motional, SB), or a small letter with a capital after it (xAI, iFlytek),
    // joined by dots, hyphens, apostrophes or ampersands (Character.AI, Mercedes-Benz), up to four words.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9.\-])(?:[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:[.\-'&][A-Za-z0-9]+)*(?: (?:[A-Z][A-Za-z0-9]*)(?:[.\-'&][A-Za-z0-9]+)*){0,3}(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
