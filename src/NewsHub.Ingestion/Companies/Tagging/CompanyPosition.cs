using System.Collections.Frozen;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>
/// The places a sentence keeps for companies, read from the words around a name: what decides, for a
/// catalog name that is also an everyday word, that the sentence means the company. Each is a construction
/// of business news in general (<see cref="CompanyWords"/> holds its words), never a company's own.
/// </summary>
internal sealed class CompanyPosition(SegmentedText segmented)
{
    /// <summary>
    /// Whether the words around the name put it where only a company stands. <paramref name="before"/> and
    /// <paramref name="after"/> are the words next to it.
    /// </summary>
    public bool Holds(Candidate candidate, string? before, string? after) =>
        IsNamedAsCompany(candidate, before)
        || IsSubjectOfCompanyNews(candidate, after)
        || IsDealObject(before, after)
        || IsContrastedSubject(candidate, after)
        || (!IsIn(CompanyWords.MeasureWords, before) && IsOwner(candidate, after));

    /// <summary>
    /// After a word, or two jieba cut apart, that names a kind of company or a deal whose object is a company
    /// (德国|大众, 车企|理想, 领投|地平线, 战略|投资|理想).
    /// </summary>
    private bool IsNamedAsCompany(Candidate candidate, string? before) =>
        IsIn(CompanyWords.CompanyCuesBefore, before) || IsIn(CompanyWords.CompanyCuesBefore, segmented.TwoWordsBefore(candidate.Start));

    /// <summary>
    /// Before its company form, people, products or what companies do (长安|汽车, 苹果|宣布, 小米|SU7, 地平线|获得,
    /// 零跑|在|其), also with an adverb or a place before the verb (地平线|也|发布, 地平线|在|港交所|挂牌).
    /// </summary>
    private bool IsSubjectOfCompanyNews(Candidate candidate, string? after) =>
        IsIn(CompanyWords.CompanyCuesAfter, after)
        || IsIn(CompanyWords.CompanyCuesAfter, segmented.TwoWordsAfter(candidate.End))
        || (after is not null && IsModelCode(after))
        || (IsIn(CompanyWords.SubjectAdverbs, after) && IsIn(CompanyWords.CompanyVerbs, segmented.NthWordAfter(candidate.End, 2)))
        || (after == "在" && IsIn(CompanyWords.CompanyVerbs, segmented.NthWordAfter(candidate.End, 3)));

    /// <summary>Between a preposition and a deal verb (与|理想|合作, 为|大众|配套, 向|长城|供货).</summary>
    private static bool IsDealObject(string? before, string? after) =>
        IsIn(CompanyWords.DealPrepositions, before) && IsIn(CompanyWords.DealVerbs, after);

    /// <summary>Opening a clause set against another, unless a copula follows (，大众|则… but 理想|则|是…).</summary>
    private bool IsContrastedSubject(Candidate candidate, string? after) =>
        IsIn(CompanyWords.ContrastiveSubjectAfter, after)
        && OpensClause(candidate)
        && !IsIn(CompanyWords.Copulas, segmented.NthWordAfter(candidate.End, 2));

    /// <summary>
    /// X|的 followed, at once or after one word (江淮|的|合肥|工厂), by what a company owns or a product code
    /// (苹果|的|iPhone). Only these nouns: 理想的状态 and 大众的需求 stay everyday words.
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
        var before = candidate.Start;
        while (before > 0 && char.IsWhiteSpace(segmented.Text[before - 1]))
        {
            before--;
        }

        return before == 0 || segmented.Text[before - 1] is '，' or '；' or '。' or '：' or ',' or ';' or ':' or '\n';
    }

    private static bool IsIn(FrozenSet<string> words, string? word) => word is not null && words.Contains(word);

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
}
