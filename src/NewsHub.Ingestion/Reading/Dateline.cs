using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// Finds the publication time a page writes near the top of its text, as Chinese news sites do
/// (<c>2025年2月11日 15:10</c>, <c>发布时间：2025-02-11 15:10:45</c>, <c>2025/02/11</c>).
/// </summary>
public static partial class Dateline
{
    /// <summary>A dateline stands in the page's first lines; a date further down is usually one the text talks about.</summary>
    public const int SearchLength = 400;

    /// <summary>The first date (with its time, if written) in the first <see cref="SearchLength"/> characters, read as UTC+08:00; null when there is none.</summary>
    public static DateTimeOffset? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > SearchLength ? text[..SearchLength] : text;
        var match = DateAndTime().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var invariant = CultureInfo.InvariantCulture;
        var year = int.Parse(match.Groups["year"].Value, invariant);
        var month = int.Parse(match.Groups["month"].Value, invariant);
        var day = int.Parse(match.Groups["day"].Value, invariant);
        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, invariant) : 0;
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, invariant) : 0;
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, invariant) : 0;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, PublicationDate.ChinaStandardTime);
    }

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})(?:年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日|[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?!\d))(?:\s*(?<hour>\d{1,2})[:：](?<minute>\d{2})(?:[:：](?<second>\d{2}))?)?")]
    private static partial Regex DateAndTime();
}
