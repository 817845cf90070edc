using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// Names the text says are companies: the subject of 是（一家）…公司 (TransAgents 是一家虚拟翻译公司, 澜擎是国内
/// 专注激光雷达的一级供应商, Aptera，是一家…的制造商). The words before the kind of company tell the role, as a
/// descriptor's do.
/// </summary>
internal static partial class CompanyPredicates
{
    /// <summary>Longest Chinese subject taken as a name: longer stretches are phrases (我们的合作伙伴).</summary>
    private const int MaxChineseNameLength = 6;

    public static IEnumerable<Sighting> Find(DiscoveryText text)
    {
        foreach (Match match in Predicate().Matches(text.Text))
        {
            var kind = match.Groups["kind"];
            var end = match.Index;

            if (SubjectStart(text, end) is not { } start || text.TouchesCatalog(start, end))
            {
                continue;
            }

            var name = text.Text[start..end];
            var description = match.Groups["what"].Value + kind.Value;
            var role = Descriptors.RoleIn(description) ?? ChineseNameShapes.RoleOfName([description, name]);
            yield return new Sighting(start, end, [name], role);
        }
    }

    /// <summary>
    /// Where the subject ending at <paramref name="end"/> starts: a Latin name, or a short Chinese name with a coined
    /// word in it, from the start of the clause. Null where it is a pronoun, a phrase or an everyday word.
    /// </summary>
    private static int? SubjectStart(DiscoveryText text, int end)
    {
        var value = text.Text;
        if (end > 0 && char.IsAsciiLetterOrDigit(value[end - 1]))
        {
            // Back over the Latin run to the clause's start; the whole run must be one name (Tower Semiconductor).
            var start = end;
            while (start > 0 && (char.IsAsciiLetterOrDigit(value[start - 1]) || value[start - 1] is '.' or '-' or '\'' or '&' or ' '))
            {
                start--;
            }

            while (value[start] == ' ')
            {
                start++;
            }

            return DiscoveryText.StartsClause(value, start) && LatinNames.At(value, start) is { } latin && start + latin.Length == end ? start : null;
        }

        var tokens = text.Tokens;
        var index = end > 0 ? text.Segmented.TokenIndexAt(end - 1) : -1;
        if (index < 0 || tokens[index].End != end)
        {
            return null;
        }

        // A trade name's business word may end it (澜擎|电子是…供应商).
        var head = DiscoveryWords.NameSuffixRoles.ContainsKey(tokens[index].Word) ? index - 1 : index;
        var first = head;
        var coined = false;
        while (first >= 0 && WordKinds.IsNameLike(text.Kinds[first]) && end - tokens[first].Start <= MaxChineseNameLength)
        {
            coined |= text.IsCoined(first);
            first--;
        }

        if (first == head || head < 0)
        {
            return null;
        }

        var nameStart = tokens[first + 1].Start;
        return coined && DiscoveryText.StartsClause(value, nameStart) && DiscoveryText.MayBeShortName(value[nameStart..tokens[head].End]) ? nameStart : null;
    }

    // 是(一家), then what kind in the same clause (总部位于硅谷的自动驾驶), then the kind's head word ending the
    // clause: in 是X公司的产品 the kind is not what the subject is.
    [GeneratedRegex(@"[\s，,]*是(?:一家)?(?<what>[^，。；！？\n]{0,20}?)(?<kind>公司|企业|厂商|制造商|供应商|服务商|提供商|初创公司|独角兽)(?=[，。；！？」”』""\n,;]|之一)", RegexOptions.CultureInvariant)]
    private static partial Regex Predicate();
}
