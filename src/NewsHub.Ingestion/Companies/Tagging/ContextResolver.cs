using System.Collections.Frozen;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>
/// Decides which candidates name a company. A plain name does, unless it is part of a person's name
/// (何小鹏). A name that is also an everyday
/// word (理想, 长安, 小米, HI) counts when:
/// <list type="bullet">
/// <item>the words next to it put it where a company stands, and none says it is the everyday word (最|理想,
/// 理想|主义, 一个|苹果): a company word or the subject of what companies do (长安|汽车, 苹果|宣布, 地平线|获得,
/// 德国|大众, 车企|理想, 小米|SU7), the object of a deal (领投|地平线, 战略|投资|理想, 与|理想|合作, 为|大众|配套),
/// the owner of what companies own (江淮|的|工厂), or a clause's subject set against another (，大众|则…);</item>
/// <item>the article names the same company or one of its brands plainly or with such a cue
/// (理想汽车 … 理想的销量; 阿维塔 … 长安);</item>
/// <item>it stands in a list with a company (蔚来、小鹏和理想), in an enumeration of catalog names (东风、长城、江淮),
/// or right beside one of its own group (华为HI);</item>
/// <item>an alias declaration refers to it (长安汽车股份有限公司（以下简称“长安股份”）).</item>
/// </list>
/// Backing by the article and lists feed each other, so they are applied until nothing changes.
/// </summary>
internal sealed class ContextResolver(SegmentedText segmented, CatalogShape shape)
{
    private enum Verdict
    {
        Open,
        Accepted,
        Rejected,
    }

    /// <summary>The accepted candidates among <paramref name="candidates"/> (which do not overlap), in text order.</summary>
    /// <param name="candidates">Where catalog names occur.</param>
    /// <param name="referents">The candidates an alias declaration refers to.</param>
    /// <param name="establishedElsewhere">Companies the rest of the article named (the body, for its headline).</param>
    public List<Candidate> Resolve(IReadOnlyList<Candidate> candidates, IReadOnlySet<Candidate> referents, IReadOnlySet<int> establishedElsewhere)
    {
        var ordered = candidates.OrderBy(c => c.Start).ToList();
        var verdicts = ordered.Select(c => FirstLook(c, referents)).ToArray();
        AcceptEnumerations(ordered, verdicts);

        bool changed;
        do
        {
            changed = false;
            var accepted = Enumerable.Range(0, ordered.Count).Where(i => verdicts[i] == Verdict.Accepted).Select(i => ordered[i]).ToList();
            var byEnd = accepted.ToDictionary(c => c.End);
            var byStart = accepted.ToDictionary(c => c.Start);
            var established = EstablishedCompanies(accepted.Select(c => c.Company).Concat(establishedElsewhere));
            for (var i = 0; i < ordered.Count; i++)
            {
                if (verdicts[i] == Verdict.Open
                    && (established.Contains(ordered[i].Company) || IsInListOrBesideKin(ordered[i], byEnd, byStart)))
                {
                    verdicts[i] = Verdict.Accepted;
                    changed = true;
                }
            }
        }
        while (changed);

        return Enumerable.Range(0, ordered.Count).Where(i => verdicts[i] == Verdict.Accepted).Select(i => ordered[i]).ToList();
    }

    /// <summary>
    /// Catalog names enumerated with the list comma (东风、长城、江淮) are companies even when each alone is an
    /// everyday word: two everyday words the catalog happens to list are rarely enumerated together. Only 、,
    /// not 和 or 与, which join everyday pairs too (理想与现代).
    /// </summary>
    private void AcceptEnumerations(List<Candidate> ordered, Verdict[] verdicts)
    {
        var text = segmented.Text;
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            if (verdicts[i] != Verdict.Rejected && verdicts[i + 1] != Verdict.Rejected
                && text.AsSpan(ordered[i].End, ordered[i + 1].Start - ordered[i].End).Trim().SequenceEqual("、"))
            {
                verdicts[i] = Verdict.Accepted;
                verdicts[i + 1] = Verdict.Accepted;
            }
        }
    }

    private Verdict FirstLook(Candidate candidate, IReadOnlySet<Candidate> referents)
    {
        if (candidate.IsDeclared)
        {
            return Verdict.Accepted;
        }

        if (IsPartOfPersonName(candidate))
        {
            return Verdict.Rejected;
        }

        if (!candidate.IsAmbiguous)
        {
            return Verdict.Accepted;
        }

        var before = segmented.WordBefore(candidate.Start);
        var after = segmented.WordAfter(candidate.End);
        if ((before is not null && CompanyWords.CommonSenseBefore.Contains(before))
            || (after is not null && CompanyWords.CommonSenseAfter.Contains(after)))
        {
            return Verdict.Rejected;
        }

        return IsCompanyPosition(candidate, before, after) || referents.Contains(candidate) ? Verdict.Accepted : Verdict.Open;
    }

    /// <summary>
    /// Whether the words around the name put it where only a company stands: after a word that names a
    /// kind of company or a deal (车企|理想, 战略|投资|理想), as the subject of what companies do (地平线|获得,
    /// 零跑|在|其, 地平线|也|发布, 地平线|在|港交所|挂牌), inside a deal between a preposition and its verb (与|理想|合作, 为|大众|配套), or as the
    /// owner of what companies own (江淮|的|工厂, 地平线|的|芯片).
    /// </summary>
    private bool IsCompanyPosition(Candidate candidate, string? before, string? after)
    {
        var cueBefore = IsIn(CompanyWords.CompanyCuesBefore, before) || IsIn(CompanyWords.CompanyCuesBefore, segmented.TwoWordsBefore(candidate.Start));
        var cueAfter = IsIn(CompanyWords.CompanyCuesAfter, after) || IsIn(CompanyWords.CompanyCuesAfter, segmented.TwoWordsAfter(candidate.End))
            || (after is not null && IsModelCode(after))
            || (IsIn(CompanyWords.SubjectAdverbs, after) && IsIn(CompanyWords.CompanyVerbs, segmented.NthWordAfter(candidate.End, 2)))
            || (after == "在" && IsIn(CompanyWords.CompanyVerbs, segmented.NthWordAfter(candidate.End, 3)));
        var dealObject = IsIn(CompanyWords.DealPrepositions, before) && IsIn(CompanyWords.DealVerbs, after);
        var contrastedSubject = IsIn(CompanyWords.ContrastiveSubjectAfter, after) && OpensClause(candidate)
            && !IsIn(CompanyWords.Copulas, segmented.NthWordAfter(candidate.End, 2));
        return cueBefore || cueAfter || dealObject || contrastedSubject || (!IsIn(CompanyWords.MeasureWords, before) && IsOwner(candidate, after));
    }

    /// <summary>
    /// X|的 followed, at once or after one word (江淮|的|合肥|工厂), by what a company owns or a product code
    /// (苹果|的|iPhone). Only these nouns:
    /// 理想的状态 and 大众的需求 stay everyday words.
    /// </summary>
    private bool IsOwner(Candidate candidate, string? after)
    {
        if (after != "的")
        {
            return false;
        }

        var possessiveEnd = segmented.EndOfWordAfter(candidate.End);
        var owned = segmented.WordAfter(possessiveEnd);
        return IsIn(CompanyWords.OwnedByCompanies, owned)
            || (owned is not null && IsModelCode(owned))
            || (owned is not null && owned.All(Script.IsHan) && IsIn(CompanyWords.OwnedByCompanies, segmented.NthWordAfter(possessiveEnd, 2)));
    }

    /// <summary>Whether the name starts the text or follows a clause's punctuation (，；。：), white space skipped.</summary>
    private bool OpensClause(Candidate candidate)
    {
        var before = SkipSpacesBack(segmented.Text, candidate.Start);
        return before == 0 || segmented.Text[before - 1] is '，' or '；' or '。' or '：' or ',' or ';' or ':' or '\n';
    }

    private static bool IsIn(FrozenSet<string> words, string? word) => word is not null && words.Contains(word);

    /// <summary>
    /// A two-character name right after a lone surname is a given name, not the company: 何小鹏 is
    /// Xpeng's founder, 李长安 a person.
    /// </summary>
    private bool IsPartOfPersonName(Candidate candidate)
    {
        var text = segmented.Text;
        if (candidate.Length != 2 || candidate.Start == 0 || !Script.IsHan(text[candidate.Start]) || !Script.IsHan(text[candidate.Start + 1]))
        {
            return false;
        }

        var previous = segmented.TokenAt(candidate.Start - 1);
        return previous.End == candidate.Start && previous.Word.Length == 1 && CompanyWords.Surnames.Contains(previous.Word[0]);
    }

    /// <summary>
    /// The companies the article has established: those of accepted mentions, however they were accepted
    /// (each acceptance rests on evidence in the text), those the rest of the article named, and the parents of each. A brand backs its group
    /// (阿维塔 backs 长安), but a group does not back a brand that is an everyday word: an article about 吉利
    /// may still speak of 远程 (remote) upgrades.
    /// </summary>
    private HashSet<int> EstablishedCompanies(IEnumerable<int> named)
    {
        var established = new HashSet<int>();
        foreach (var company in named)
        {
            for (var kin = company; kin >= 0 && established.Add(kin); kin = shape.ParentOf(kin))
            {
            }
        }

        return established;
    }

    /// <summary>
    /// A product or model name such as SU7, L9, ID.3 (letters with digits) or iPhone, MagicOS (a capital
    /// after a small letter), as brands name their products; plain words and acronyms (AI, GPU) are not.
    /// </summary>
    private static bool IsModelCode(string word)
    {
        if (word.Length is < 2 or > 16 || !word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '+'))
        {
            return false;
        }

        var lettersWithDigits = word.Any(char.IsAsciiDigit) && word.Any(char.IsAsciiLetter);
        var innerCapital = Enumerable.Range(1, word.Length - 1).Any(i => char.IsAsciiLetterLower(word[i - 1]) && char.IsAsciiLetterUpper(word[i]));
        return lettersWithDigits || innerCapital;
    }

    private bool IsInListOrBesideKin(Candidate candidate, Dictionary<int, Candidate> byEnd, Dictionary<int, Candidate> byStart)
    {
        var text = segmented.Text;

        // Beside a name of its own group, with at most white space between: 华为HI, 百度 Apollo.
        var left = SkipSpacesBack(text, candidate.Start);
        var right = SkipSpacesForward(text, candidate.End);
        if ((byEnd.TryGetValue(left, out var touchingLeft) && shape.SameGroup(touchingLeft.Company, candidate.Company))
            || (byStart.TryGetValue(right, out var touchingRight) && shape.SameGroup(touchingRight.Company, candidate.Company)))
        {
            return true;
        }

        // In a list with any company: 蔚来、小鹏和理想.
        var before = segmented.WordBefore(candidate.Start);
        if (before is not null && CompanyWords.ListJoiners.Contains(before)
            && byEnd.ContainsKey(SkipSpacesBack(text, segmented.StartOfWordBefore(candidate.Start))))
        {
            return true;
        }

        var after = segmented.WordAfter(candidate.End);
        return after is not null && CompanyWords.ListJoiners.Contains(after)
            && byStart.ContainsKey(SkipSpacesForward(text, segmented.EndOfWordAfter(candidate.End)));
    }

    private static int SkipSpacesBack(string text, int offset)
    {
        while (offset > 0 && char.IsWhiteSpace(text[offset - 1]))
        {
            offset--;
        }

        return offset;
    }

    private static int SkipSpacesForward(string text, int offset)
    {
        while (offset >= 0 && offset < text.Length && char.IsWhiteSpace(text[offset]))
        {
            offset++;
        }

        return offset;
    }
}
