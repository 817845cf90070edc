using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies.Discovery;
using NewsHub.Ingestion.Companies.Tagging;
using NewsHub.Segmentation;

namespace NewsHub.Ingestion.Companies;

/// <summary>
/// Finds every company of a catalog named in a clean text, folding brands and units into their group
/// and keeping each mention's place and spelling. Pure and thread-safe: build one per catalog and share it.
/// </summary>
/// <remarks>
/// <para>
/// Jieba, with every Chinese name of the catalog added as a user word, decides where words begin and end,
/// so a name inside a longer word does not fire (长安街, 小米粥, 北极星). Latin names (BMW, SK On, HI) are
/// matched as whole words with their own case rules (see <c>companies.yaml</c>).
/// </para>
/// <para>
/// Names that are also everyday words (理想, 长安, 大众, 苹果 …) count only in context; see
/// <see cref="ContextResolver"/>. Short names an article declares for itself (（以下简称“X”）) hold within it.
/// </para>
/// </remarks>
public sealed class CompanyTagger
{
    /// <summary>
    /// The least dictionary frequency a catalog name gets: that of a moderately common word. jieba's own
    /// suggestion only just beats the name's characters taken one by one, so a name would lose to any
    /// ordinary word its last character forms with the next (美团团购 cut 美/团团/购); a longer dictionary
    /// word that contains the name still wins (长安街, 北极星, 其中车企).
    /// </summary>
    private const int NameFrequencyFloor = 1000;

    private readonly CompanyCatalog catalog;
    private readonly CompanyNames names;
    private readonly CatalogShape shape;
    private readonly JiebaSegmenter segmenter = new();
    private readonly Dictionary<string, int[]> companiesByName;
    private readonly Dictionary<string, int> catalogIndex;
    private readonly CompanyDiscoverer discoverer;

    /// <summary>Builds a tagger for the catalog (about a second: it loads jieba's dictionary and the catalog's names).</summary>
    public CompanyTagger(CompanyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
        names = new CompanyNames(catalog);
        shape = new CatalogShape(catalog);
        catalogIndex = catalog.Companies.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        companiesByName = names.All
            .GroupBy(n => n.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(n => n.Company).Distinct().ToArray(), StringComparer.Ordinal);

        foreach (var name in names.All.Where(n => Script.IsJiebaWord(n.Text)))
        {
            segmenter.AddWord(name.Text, Math.Max(segmenter.SuggestFrequency(name.Text), NameFrequencyFloor));
        }

        // Discovery must never offer a name the catalog has, in any case (NIO and Nio are one company).
        var catalogNames = companiesByName.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        discoverer = new CompanyDiscoverer(segmenter, catalogNames.Contains, catalog.RejectedNames);
    }

    /// <summary>The catalog the tagger was built from.</summary>
    public CompanyCatalog Catalog => catalog;

    /// <summary>
    /// Every company mention in <paramref name="cleanText"/>, in text order, never overlapping: the catalog's
    /// companies, and companies the catalog lacks that the text shows to be companies
    /// (<see cref="CompanyMention.Discovered"/>; see <see cref="CompanyDiscoverer"/>).
    /// </summary>
    public IReadOnlyList<CompanyMention> Tag(string cleanText) => Tag(cleanText, []);

    /// <summary>
    /// Every company mention in <paramref name="text"/>, a part of an article (its headline) whose other
    /// part (its body) named <paramref name="namedElsewhere"/>: what the article established counts here too.
    /// A catalog name that is an everyday word counts when the rest of the article named its company
    /// (body 理想汽车, headline 理想), and a company the body discovered is found wherever this text writes
    /// it, even without the words that introduced it there.
    /// </summary>
    public IReadOnlyList<CompanyMention> Tag(string text, IReadOnlyCollection<CompanyMention> namedElsewhere)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(namedElsewhere);
        if (text.Length == 0)
        {
            return [];
        }

        var segmented = new SegmentedText(text, segmenter.Tokenize(text));
        var candidates = NameFinder.Find(segmented, names, segmenter);
        var referents = new HashSet<Candidate>();
        candidates.AddRange(FindDeclaredAliases(segmented, candidates, referents));

        var establishedElsewhere = namedElsewhere.Where(m => !m.Discovered).Select(m => catalogIndex[m.Name]).ToHashSet();
        var accepted = new ContextResolver(segmented, shape).Resolve(LongestFirst(candidates, text.Length), referents, establishedElsewhere);
        var catalogMentions = accepted.Select(c => ToMention(text, c)).ToList();
        var known = KnownDiscoveries.Find(segmented, namedElsewhere.Where(m => m.Discovered), catalogMentions);
        var discovered = discoverer.Discover(segmented, [.. catalogMentions.Concat(known).Select(m => (m.Start, m.End))]);
        return [.. catalogMentions.Concat(known).Concat(discovered).OrderBy(m => m.Start)];
    }

    private List<Candidate> FindDeclaredAliases(SegmentedText segmented, List<Candidate> candidates, HashSet<Candidate> referents)
    {
        var text = segmented.Text;
        var declared = new List<Candidate>();
        foreach (var declaration in AliasDeclarations.Find(text))
        {
            var referent = AliasDeclarations.FindReferent(text, declaration, candidates, CompaniesNamed);
            if (referent is null)
            {
                continue;
            }

            referents.Add(referent);
            foreach (var (alias, aliasStart) in declaration.Aliases)
            {
                if (DeclaredAliases.IsGeneric(alias) && !CompaniesNamed(alias).Any(c => shape.AreKin(c, referent.Company)))
                {
                    continue;
                }

                for (var at = text.IndexOf(alias, aliasStart, StringComparison.Ordinal); at >= 0; at = text.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
                {
                    if (HasCleanLatinEdges(text, at, at + alias.Length))
                    {
                        declared.Add(new Candidate(at, alias.Length, referent.Company, IsAmbiguous: false, IsDeclared: true));
                    }
                }
            }
        }

        return declared;
    }

    private IEnumerable<int> CompaniesNamed(string name) => companiesByName.GetValueOrDefault(name) ?? [];

    /// <summary>A declared alias is not a jieba word, so only its Latin edges are checked.</summary>
    private static bool HasCleanLatinEdges(string text, int start, int end) =>
        (start == 0 || !Script.IsAlphanumeric(text[start]) || !Script.IsAlphanumeric(text[start - 1]))
        && (end == text.Length || !Script.IsAlphanumeric(text[end - 1]) || !Script.IsAlphanumeric(text[end]));

    /// <summary>Where candidates overlap, the longest wins (北汽新能源 over 北汽), then the article's own alias.</summary>
    private static List<Candidate> LongestFirst(List<Candidate> candidates, int textLength)
    {
        var taken = new bool[textLength];
        var kept = new List<Candidate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Length).ThenByDescending(c => c.IsDeclared).ThenBy(c => c.Start))
        {
            if (!taken.AsSpan(candidate.Start, candidate.Length).Contains(true))
            {
                taken.AsSpan(candidate.Start, candidate.Length).Fill(true);
                kept.Add(candidate);
            }
        }

        return kept;
    }

    private CompanyMention ToMention(string text, Candidate candidate)
    {
        var company = catalog.Companies[candidate.Company];
        var group = catalog.Companies[shape.GroupOf(candidate.Company)];
        return new CompanyMention(company.Name, group.Name, group.Role, text.Substring(candidate.Start, candidate.Length), candidate.Start, candidate.Length);
    }
}
