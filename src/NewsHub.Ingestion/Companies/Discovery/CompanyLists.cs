using System.Buffers;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// Lists the text declares to be of companies: closed by 等 and a word for a kind of company (OpenAI 和 X 等公司,
/// A、B、C等汽车产业链厂商), or brought in by a word for a company's parties (投资方包括A、B和C). A member of such
/// a list is a company whatever it looks like. A list beside a company alone proves less: products and platforms
/// are listed with the companies that make them (Facebook、Instagram 和 Threads).
/// </summary>
internal static class CompanyLists
{
    /// <summary>Longest stretch of list members read from a name to the list's close or its opening.</summary>
    private const int MaxListReach = 48;

    /// <summary>Longest phrase after 等 read for a word for a kind of company (等汽车产业链厂商).</summary>
    private const int KindReach = 8;

    /// <summary>Words for the parties a list brings in (投资方包括…, 客户有…).</summary>
    private static readonly string[] PartyWords = ["投资人", "投资方", "投资者", "股东", "客户", "合作方", "合作伙伴", "供应商", "参与方"];

    private static readonly string[] Openers = ["包括", "包含", "涵盖", "有", "为", "是"];

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create("，。；：！？\n,;:!?");

    private static readonly SearchValues<char> ListMarks = SearchValues.Create("、和及与");

    public static bool IsMember(DiscoveryText text, int start, int end) => ClosesAsCompanies(text, end) || OpensWithParties(text.Text, start);

    /// <summary>From the name on, list marks and members up to 等 and a word for a kind of company.</summary>
    private static bool ClosesAsCompanies(DiscoveryText text, int end)
    {
        var value = text.Text;
        var limit = Math.Min(value.Length, end + MaxListReach);
        for (var at = end; at < limit; at++)
        {
            var c = value[at];
            if (c == '等')
            {
                // Right after the name, or after a list mark and more members.
                return (at == end || value.AsSpan(end, at - end).IndexOfAny(ListMarks) >= 0 || value.AsSpan(end, at - end).Trim(' ').IsEmpty)
                    && NamesKindOfCompany(value, at + 1);
            }

            if (IsClauseEnd(c))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Back from the name over list members to 包括 or the like after a word for a company's parties.</summary>
    private static bool OpensWithParties(string value, int start)
    {
        var from = Math.Max(0, start - MaxListReach);
        var before = value.AsSpan(from, start - from);
        before = before[(before.LastIndexOfAny(ClauseMarks) + 1)..].TrimEnd(' ');
        foreach (var opener in Openers)
        {
            var at = before.IndexOf(opener, StringComparison.Ordinal);
            if (at > 0 && EndsWithPartyWord(before[..at]) && (at + opener.Length == before.Length || IsListMark(before[^1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithPartyWord(ReadOnlySpan<char> text)
    {
        foreach (var word in PartyWords)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the phrase after 等 is a kind of company (等公司, 等汽车产业链厂商), not of product (等系统).</summary>
    private static bool NamesKindOfCompany(string value, int from)
    {
        var phrase = value.AsSpan(from, Math.Min(KindReach, value.Length - from));
        var end = phrase.IndexOfAny(ClauseMarks);
        phrase = end < 0 ? phrase : phrase[..end];
        foreach (var head in DiscoveryWords.DescriptorHeads)
        {
            if (phrase.Contains(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsListMark(char c) => c is '、' or '和' or '及' or '与';

    private static bool IsClauseEnd(char c) => c is '，' or '。' or '；' or '：' or '！' or '？' or '\n' or ',' or ';' or '!' or '?';
}
