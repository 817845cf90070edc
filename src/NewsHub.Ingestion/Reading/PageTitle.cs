using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Reading;

/// <summary>Takes the site's name off a page title: <c>标题_新浪汽车_新浪网</c>, <c>标题 - 汽车之家</c>, <c>标题 | Site</c>.</summary>
public static partial class PageTitle
{
    /// <summary>
    /// The headline of <paramref name="title"/>: without <paramref name="siteName"/> when it is given and
    /// written, else the longest of the parts that title separators divide it into (the site's name and
    /// its channel are the short ones). Null for a blank title.
    /// </summary>
    public static string? WithoutSiteName(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = WhiteSpace().Replace(title, " ").Trim();
        var parts = Separator().Split(text).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
        if (parts.Count <= 1)
        {
            return text;
        }

        if (!string.IsNullOrWhiteSpace(siteName))
        {
            var withoutSite = parts.Where(part => !string.Equals(part, siteName.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (withoutSite.Count == 1)
            {
                return withoutSite[0];
            }
        }

        return parts.MaxBy(part => part.Length);
    }

    // Spaced dashes and bars, and the underscore and full-width bar Chinese portals use without spaces.
    // A hyphen inside a word (ADAS-L2) is no separator.
    [GeneratedRegex(@"\s+[-–—|·]\s+|[_｜]|\s+::\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
