using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// What a clause says its subject did that only a company does: it was founded (Zentrix 成立于2019年), it
/// raised or took investment (Voxlane 宣布获得丰田的投资, X 完成新一轮融资), or it launched something that the
/// clause names (xAI 于去年推出了 Grok). A person announces and a product is launched, so a bare 宣布 or a
/// launch with nothing launched (Gemini 于去年推出，) proves nothing.
/// </summary>
internal static partial class CompanySubjects
{
    /// <summary>Whether the clause that <paramref name="end"/> continues makes the name before it a company.</summary>
    public static bool Follows(string text, int end) => Predicate().IsMatch(text.AsSpan(end));

    // After the name, in the same clause: 成立于/创立于; (宣布)获得|完成 … 融资|投资|注资; or (于|在 a time or place)
    // 推出|发布 (了) and something launched right after; a bare 推出 is not enough (Kimi 推出新功能 is a product's).
    [GeneratedRegex(
        @"^\s*(?:(?:成立|创立|创办)于|(?:宣布)?(?:获得|完成|获)[^，。；！？\n,;]{0,16}?(?:融资|投资|注资)|(?:(?:于|在)[^，。；！？\n,;]{1,10}?|(?:去年|今年|此前|日前|近日|近期|本周|上周|本月|上月|昨日|今日|正式))(?:推出|发布)了?\s*(?=[^\s，。；！？\n,;：:」”]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Predicate();
}
