using System.Buffers;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// The role a company's deeds tell where no descriptor or name word does: the one who supplies chips or software
/// is tech (X为Y提供芯片), batteries battery (X为Y供应电芯), lidar or parts parts; the one who launches new cars is
/// a carmaker (X推出新车). Read only where the company is the clause's subject, at its start.
/// </summary>
internal static class DealRoles
{
    /// <summary>Longest stretch after the name read for its deed.</summary>
    private const int DeedReach = 30;

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("，。；！？\n");

    private static readonly string[] SupplyVerbs = ["提供", "供应", "供货", "配套", "交付"];

    private static readonly string[] LaunchVerbs = ["推出", "发布", "上市", "量产", "交付", "亮相"];

    private static readonly string[] CarWords = ["新车", "车型", "轿车", "SUV", "MPV", "电动车", "新款", "皮卡", "跑车"];

    public static CompanyRole? Infer(string text, IEnumerable<(int Start, int End)> places)
    {
        foreach (var (start, end) in places)
        {
            if (!DiscoveryText.StartsClause(text, start))
            {
                continue;
            }

            var deed = Clause(text, end);
            var supply = FirstIndexOfAny(deed, SupplyVerbs);
            if (supply > 0 && deed[..supply].IndexOfAny(['为', '向']) >= 0
                && Descriptors.RoleIn(deed[supply..]) is { } supplied and not CompanyRole.Carmaker)
            {
                return supplied;
            }

            var launch = FirstIndexOfAny(deed, LaunchVerbs);
            if (launch >= 0 && deed[..launch].IndexOfAny(['为', '向']) < 0 && CarWords.Any(w => deed.Contains(w, StringComparison.Ordinal)))
            {
                return CompanyRole.Carmaker;
            }
        }

        return null;
    }

    private static int FirstIndexOfAny(string text, string[] words) =>
        words.Select(w => text.IndexOf(w, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();

    /// <summary>The clause after the name, up to its end or <see cref="DeedReach"/> characters.</summary>
    private static string Clause(string text, int end)
    {
        var length = Math.Min(DeedReach, text.Length - end);
        var clause = text.AsSpan(end, length).TrimStart(' ');
        var stop = clause.IndexOfAny(ClauseEnds);
        return (stop < 0 ? clause : clause[..stop]).ToString();
    }
}
