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

        return new CompanyPosition(segmented).Holds(candidate, before, after) || referents.Contains(candidate) ? Verdict.Accepted : Verdict.Open;
    }

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
    /// (each acceptance rests on evidence in the text), those the rest of the article named, and the parents
    /// of each. A brand backs its group (阿维塔 backs 长安), but a group does not back a brand that is an everyday word: an article about 吉利
    /// may still speak of 远程 (remote) upgrades.
    /// </summary>
    private HashSet<int> EstablishedCompanies(IEnumerable<int> named)
    {
        var established = new HashSet<int>();
        foreach (var company in named)
        {
            var kin = company;
            while (kin >= 0 && established.Add(kin))
            {
                kin = shape.ParentOf(kin);
            }
        }

        return established;
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
