using System.Buffers;
using NewsHub.Ingestion.Companies.Tagging;
using NewsHub.Segmentation;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// Finds the companies an article names that the catalog lacks: by their shape (…科技有限公司, 禾赛科技,
/// Tower Semiconductor), by the word that introduces them (自动驾驶公司Motional), by the deal they are party
/// to (与Nuro合作), with the short names the article declares (（以下简称“木卫四”）) and their bracketed
/// English names. A name found once is then tagged wherever the article uses it.
/// </summary>
/// <remarks>
/// Never offers a name of the catalog (the tagger's own), a name an admin rejected, an outlet quoted as the
/// source (据新浪科技报道), or a form that is an everyday dictionary word. The catalog's mentions always win
/// where they overlap a discovered name.
/// </remarks>
internal sealed class CompanyDiscoverer(JiebaSegmenter segmenter, Func<string, bool> isCatalogName, IReadOnlySet<string> rejectedNames)
{
    /// <summary>How far after a name 由 brings in its verb of making may stand (由X|为Y|提供).</summary>
    private const int MakerVerbReach = 12;

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("，。；！？\n,;!?");

    public List<CompanyMention> Discover(SegmentedText segmented, IReadOnlyList<(int Start, int End)> catalogSpans)
    {
        var text = new DiscoveryText(segmented, segmenter, catalogSpans);
        // The text's alias declarations, read once: every sighting looks for one right after it.
        var declarations = AliasDeclarations.Find(text.Text).ToList();
        var sightings = Descriptors.Find(text)
            .Concat(CompanyPredicates.Find(text))
            .Concat(ChineseNameShapes.FindLegalNames(text))
            .Concat(ChineseNameShapes.FindTradeNames(text))
            .Concat(ChineseNameShapes.FindHeldNames(text))
            .Concat(LatinNames.Find(text))
            .Select(s => WithDeclaredForms(text, declarations, s))
            .ToList();
        if (sightings.Count == 0)
        {
            return [];
        }

        var mentions = new List<CompanyMention>();
        var taken = new bool[text.Text.Length];
        foreach (var (start, end) in catalogSpans)
        {
            taken.AsSpan(start, end - start).Fill(true);
        }

        // A company accepted for its own evidence can back the next one listed beside it (A集团、B集团等):
        // go round until no more are accepted.
        var pending = Gather(sightings).Where(c => IsAcceptable(text, c)).ToList();
        for (var accepted = true; accepted && pending.Count > 0;)
        {
            accepted = false;
            foreach (var company in pending.ToList())
            {
                var tagged = Tag(text, company, taken).ToList();
                if (tagged.Count > 0)
                {
                    mentions.AddRange(tagged);
                    pending.Remove(company);
                    accepted = true;
                }
            }
        }

        return mentions;
    }

    /// <summary>One company the article names, from all its sightings.</summary>
    private sealed record Company(IReadOnlyList<string> Forms, CompanyRole Role, IReadOnlyList<Sighting> Sightings);

    /// <summary>
    /// Adds the short names an alias declaration gives right after the name (…有限公司（以下简称“木卫四”）) and
    /// a bracketed English name (高塔半导体（Tower Semiconductor）).
    /// </summary>
    private static Sighting WithDeclaredForms(DiscoveryText text, IReadOnlyList<AliasDeclaration> declarations, Sighting sighting)
    {
        var value = text.Text;
        var extra = new List<string>();
        foreach (var declaration in declarations)
        {
            if (declaration.Opening >= sighting.End && string.IsNullOrWhiteSpace(value[sighting.End..declaration.Opening]))
            {
                extra.AddRange(declaration.Aliases.Select(a => a.Alias).Where(a => !DeclaredAliases.IsGeneric(a) && WordKinds.MayStartName(a[0])));
            }
        }

        var open = sighting.End;
        if (open < value.Length && value[open] is '（' or '(' && LatinNames.At(value, open + 1) is { } english
            && open + 1 + english.Length < value.Length && value[open + 1 + english.Length] is '）' or ')')
        {
            extra.Add(english);
        }

        // Roadstar（星行科技）: a company-shaped name in brackets after a Latin name is that company's Chinese name,
        // and the brackets introduce it.
        var introduced = sighting.IsIntroduced;
        if (sighting.Start > 1 && value[sighting.Start - 1] is '（' or '(' && open < value.Length && value[open] is '）' or ')'
            && LatinNameBefore(value, sighting.Start - 1) is { } latinName)
        {
            extra.Add(latinName);
            introduced = true;
        }

        return extra.Count == 0 ? sighting : sighting with { Forms = [.. sighting.Forms, .. extra], IsIntroduced = introduced };
    }

    /// <summary>The Latin name that ends right at <paramref name="end"/>, or null.</summary>
    private static string? LatinNameBefore(string value, int end)
    {
        var start = end;
        while (start > 0 && (char.IsAsciiLetterOrDigit(value[start - 1]) || value[start - 1] is '.' or '-' or '&' or ' '))
        {
            start--;
        }

        while (start < end && value[start] == ' ')
        {
            start++;
        }

        return start < end && LatinNames.At(value, start) is { } name && start + name.Length == end ? name : null;
    }

    /// <summary>
    /// Sightings that share a form are one company, and so is an abbreviation with the name it shortens (C.AI,
    /// Character.AI); its role is the first one a sighting tells.
    /// </summary>
    private static List<Company> Gather(List<Sighting> sightings)
    {
        var groups = new List<(HashSet<string> Forms, List<Sighting> Sightings)>();
        foreach (var sighting in sightings.OrderBy(s => s.Start))
        {
            var joined = groups.Where(g => sighting.Forms.Any(g.Forms.Contains)).ToList();
            var group = joined.Count > 0 ? joined[0] : (Forms: new HashSet<string>(StringComparer.OrdinalIgnoreCase), Sightings: new List<Sighting>());
            if (joined.Count == 0)
            {
                groups.Add(group);
            }

            foreach (var other in joined.Skip(1))
            {
                group.Forms.UnionWith(other.Forms);
                group.Sightings.AddRange(other.Sightings);
                groups.Remove(other);
            }

            group.Forms.UnionWith(sighting.Forms);
            group.Sightings.Add(sighting);
        }

        // C.AI after Character.AI: an abbreviation of another company's name folds into it.
        foreach (var group in groups.ToList())
        {
            var full = groups.FirstOrDefault(g => g != group && group.Forms.All(s => g.Forms.Any(f => Abbreviations.Abbreviates(s, f))));
            if (full.Forms is not null)
            {
                full.Forms.UnionWith(group.Forms);
                full.Sightings.AddRange(group.Sightings);
                groups.Remove(group);
            }
        }

        return [.. groups.Select(g => new Company(
            [.. g.Forms.OrderByDescending(f => f.Length)],
            g.Sightings.Select(s => s.Role).FirstOrDefault(r => r != CompanyRole.Other, CompanyRole.Other),
            g.Sightings))];
    }

    /// <summary>
    /// Not the catalog's, not rejected, not used as something else in the article (<see cref="NonCompanyUses"/>),
    /// not a financial party (…资本, …基金, … Capital), and not an everyday word.
    /// </summary>
    private bool IsAcceptable(DiscoveryText text, Company company) =>
        !company.Forms.Any(f => isCatalogName(f) || rejectedNames.Contains(f))
        && !NonCompanyUses.Any(text, company.Forms)
        && !company.Forms.Any(f => DiscoveryWords.FinancialWords.Any(w => f.Contains(w, StringComparison.Ordinal)))
        && company.Forms.Any(f => !IsEverydayWord(f));

    /// <summary>
    /// Whether the article uses the name as a company's: a sighting that shows it by itself (a legal name, a
    /// descriptor), or a place where a company word follows or a deal word comes before (X科技宣布, 携手X科技),
    /// or a list with a catalog company or of companies. Repetition proves nothing: an article about 换电 uses it throughout.
    /// </summary>
    private static bool IsUsedAsCompany(DiscoveryText text, bool[] taken, Company company, List<(int Start, int Length, string Form)> found) =>
        company.Sightings.Any(s => s.IsIntroduced)
        || found.Any(f => HasCompanyCue(text, f.Start, f.Start + f.Length) || IsListedWithCompany(text, taken, f.Start, f.Start + f.Length)
            || CompanyLists.IsMember(text, f.Start, f.Start + f.Length));

    private static bool HasCompanyCue(DiscoveryText text, int start, int end) =>
        (text.WordAfter(end) is { } after && (CompanyWords.CompanyCuesAfter.Contains(after) || DiscoveryWords.CompanyCuesAfterLatin.Contains(after)))
        || (text.WordBefore(start) is { } before && (DiscoveryWords.DealPartyBefore.Contains(before) || CompanyWords.CompanyCuesBefore.Contains(before)))
        || IsMakerBy(text, start, end);

    /// <summary>
    /// The maker a passive names (由东安动力提供的增程器, 由X代工): 由, the name, and a verb of supplying or making
    /// in the same clause.
    /// </summary>
    private static bool IsMakerBy(DiscoveryText text, int start, int end)
    {
        if (text.WordBefore(start) != "由")
        {
            return false;
        }

        var rest = text.Text.AsSpan(end, Math.Min(MakerVerbReach, text.Text.Length - end));
        foreach (var verb in DiscoveryWords.MakerVerbs)
        {
            var at = rest.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && rest[..at].IndexOfAny(ClauseEnds) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In a list beside a company already tagged (东风商用车、开沃汽车, 甲骨文和 X, SB Drive（…）、X), or closing a list of
    /// companies (X、Y等企业).
    /// </summary>
    private static bool IsListedWithCompany(DiscoveryText text, bool[] taken, int start, int end)
    {
        var value = text.Text;
        var before = SkipSpaces(value, start - 1, -1);
        var after = SkipSpaces(value, end, 1);
        var joinedBefore = before >= 1 && IsListMark(value[before]) && SkipSpaces(value, before - 1, -1) is var previous and >= 0
            && (taken[previous] || ClosesTaggedAside(value, taken, previous));
        var joinedAfter = after < value.Length && IsListMark(value[after]) && SkipSpaces(value, after + 1, 1) is var next && next < value.Length && taken[next];
        var closesList = after < value.Length && value[after] == '等' && text.WordAfter(after + 1) is { } kind
            && (DiscoveryWords.EndsWithDescriptorHead(kind) || kind is "多家" or "众多" or "国企" or "央企");
        return joinedBefore || joinedAfter || closesList;
    }

    private static bool IsListMark(char c) => c is '、' or '和' or '及';

    /// <summary>The first offset from <paramref name="at"/> on, going by <paramref name="step"/>, that is not a space.</summary>
    private static int SkipSpaces(string value, int at, int step)
    {
        while (at >= 0 && at < value.Length && value[at] == ' ')
        {
            at += step;
        }

        return at;
    }

    /// <summary>
    /// Whether a bracketed aside closing at <paramref name="close"/> follows a tagged company (SB Drive（软银旗下公司）、X):
    /// the list goes on after the aside.
    /// </summary>
    private static bool ClosesTaggedAside(string value, bool[] taken, int close)
    {
        if (close < 1 || value[close] is not ('）' or ')'))
        {
            return false;
        }

        var open = value.LastIndexOfAny(['（', '('], close);
        return open >= 1 && taken[open - 1];
    }

    /// <summary>An outlet named as the source of the news (新浪科技报道, 网易科技讯, 来源：凤凰网科技).</summary>
    private static bool IsSource(DiscoveryText text, int start, int end)
    {
        if (text.WordAfter(end) is { } after && DiscoveryWords.SourceCuesAfter.Contains(after))
        {
            return true;
        }

        var labelEnd = start > 0 && text.Text[start - 1] is '：' or ':' ? start - 1 : start;
        return text.WordBefore(labelEnd) is { } before && DiscoveryWords.SourceCuesBefore.Contains(before);
    }

    private bool IsEverydayWord(string form) =>
        WordKinds.Of(segmenter, form) is WordKind.Common or WordKind.Verb or WordKind.Function or WordKind.Place or WordKind.Single;

    /// <summary>
    /// Every place the article uses one of the company's forms (longest first, with clean edges, where nothing
    /// else is tagged), all under the form it uses most: press calls 北京木卫四科技有限公司 木卫四.
    /// </summary>
    private IEnumerable<CompanyMention> Tag(DiscoveryText text, Company company, bool[] taken)
    {
        var value = text.Text;
        var found = new List<(int Start, int Length, string Form)>();
        var claimed = new bool[value.Length];
        foreach (var form in company.Forms.Where(f => !IsEverydayWord(f)))
        {
            var comparison = form.Any(Script.IsHan) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var at = value.IndexOf(form, comparison); at >= 0; at = value.IndexOf(form, at + 1, comparison))
            {
                var end = at + form.Length;
                if (!taken.AsSpan(at, form.Length).Contains(true) && !claimed.AsSpan(at, form.Length).Contains(true) && HasCleanEdges(text, at, end))
                {
                    claimed.AsSpan(at, form.Length).Fill(true);
                    found.Add((at, form.Length, form));
                }
            }
        }

        // An outlet is mostly named as the source (新浪科技报道); a company may once be credited for a picture
        // (图片来源：木卫四) and is still a company.
        var asSource = found.Count(f => IsSource(text, f.Start, f.Start + f.Length));
        if (found.Count == 0 || asSource * 2 >= found.Count || !IsUsedAsCompany(text, taken, company, found))
        {
            return [];
        }

        foreach (var (start, length, _) in found)
        {
            taken.AsSpan(start, length).Fill(true);
        }

        // An abbreviation (C.AI) never names the company when the article writes the name it shortens.
        var name = found.GroupBy(f => f.Form, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => found.Any(f => Abbreviations.Abbreviates(g.Key, f.Form)))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Length)
            .First().Key;
        // Without a descriptor or a name word that tells the role, the company's deeds may (X为Y提供芯片, X推出新车).
        var role = company.Role != CompanyRole.Other ? company.Role : DealRoles.Infer(value, found.Select(f => (f.Start, f.Start + f.Length))) ?? CompanyRole.Other;
        return found.OrderBy(f => f.Start).Select(f =>
            new CompanyMention(name, name, role, value.Substring(f.Start, f.Length), f.Start, f.Length) { Discovered = true });
    }

    /// <summary>
    /// The tagger's edge rules, and one more start: inside a word jieba's HMM made up of a preposition or
    /// particle and the name (与宙驰|科技), the name starts after them.
    /// </summary>
    private static bool HasCleanEdges(DiscoveryText text, int start, int end) =>
        (NameFinder.StartsCleanly(text.Segmented, start, end) || StartsAfterGluedFunctionWord(text, start))
        && NameFinder.EndsCleanly(text.Segmented, start, end);

    private static bool StartsAfterGluedFunctionWord(DiscoveryText text, int start)
    {
        var index = text.Segmented.TokenIndexAt(start);
        var token = text.Tokens[index];
        return text.Kinds[index] == WordKind.Unknown && token.Start < start
            && text.Text.AsSpan(token.Start, start - token.Start).ToString().All(c => !WordKinds.MayStartName(c));
    }
}
