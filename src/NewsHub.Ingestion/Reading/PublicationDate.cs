using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Reading;

/// <summary>Reads a publication time from a front matter value in the forms news feeds and static sites write.</summary>
public static partial class PublicationDate
{
    /// <summary>
    /// The offset given to times that carry no zone (<c>2025-02-11 15:10:45</c>) and to bare dates: NewsHub
    /// reads Chinese outlets, which write local time, and China keeps UTC+08:00 all year round.
    /// </summary>
    public static readonly TimeSpan ChinaStandardTime = ChinaCalendar.Offset;

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm",
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd", "yyyyMMdd"];

    /// <summary>
    /// Parses RFC 1123 / RFC 2822 (<c>Tue, 28 Sep 2021 01:39:00 GMT</c>, <c>… +0800</c>), ISO 8601 with an
    /// offset or <c>Z</c>, a local time without zone (read as UTC+08:00) and a date alone (midnight,
    /// UTC+08:00), also written the Chinese way (<c>2023年3月8日</c>, <c>2023年3月8日 09:30</c>) and in
    /// full-width characters (<c>２０２３年３月８日</c>, <c>２０２３－０３－０８ ０９：３０</c>). Anything else,
    /// including no value, gives null: never the import time.
    /// </summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // Full-width digits, colons and dashes (Chinese input methods type them) are the ASCII ones.
        var text = value.Normalize(NormalizationForm.FormKC).Trim();
        var invariant = CultureInfo.InvariantCulture;

        if (ChineseDate().Match(text) is { Success: true } chinese)
        {
            return FromParts(chinese);
        }

        if (Rfc2822().Match(text) is { Success: true } rfc && ParseRfc2822(rfc) is { } mailTime)
        {
            return mailTime;
        }

        if (HasExplicitOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, invariant, DateTimeStyles.AllowWhiteSpaces, out var withOffset))
        {
            return withOffset;
        }

        if (DateTime.TryParseExact(text, LocalFormats, invariant, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, ChinaStandardTime);
        }

        if (DateTime.TryParseExact(text, DateFormats, invariant, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.Date, ChinaStandardTime);
        }

        return null;
    }

    /// <summary>
    /// The local time (UTC+08:00) of a match with the groups <c>y</c>, <c>m</c>, <c>d</c> and optionally
    /// <c>h</c>, <c>min</c>, <c>s</c> in ASCII digits; null when the parts make no real date or time.
    /// </summary>
    internal static DateTimeOffset? FromParts(Match match)
    {
        var invariant = CultureInfo.InvariantCulture;
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].ValueSpan, NumberStyles.None, invariant) : 0;
        var (year, month, day) = (Part("y"), Part("m"), Part("d"));
        var (hour, minute, second) = (Part("h"), Part("min"), Part("s"));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, ChinaStandardTime);
    }

    private static DateTimeOffset? ParseRfc2822(Match match)
    {
        var invariant = CultureInfo.InvariantCulture;
        var stamp = $"{match.Groups["day"].Value} {match.Groups["month"].Value} {match.Groups["year"].Value} {match.Groups["time"].Value}";
        string[] formats = ["d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm"];
        if (!DateTime.TryParseExact(stamp, formats, invariant, DateTimeStyles.None, out var time))
        {
            return null;
        }

        var zone = match.Groups["zone"].Value;
        var offset = zone.ToUpperInvariant() switch
        {
            "GMT" or "UT" or "UTC" or "Z" => TimeSpan.Zero,
            _ when zone.Length == 5 => new TimeSpan(int.Parse(zone.AsSpan(1, 2), invariant), int.Parse(zone.AsSpan(3, 2), invariant), 0) * (zone[0] == '-' ? -1 : 1),
            _ => ChinaStandardTime,
        };
        return new DateTimeOffset(time, offset);
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3},\s*)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3})\s+(?<year>\d{4})\s+(?<time>\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>GMT|UTC|UT|Z|[+-]\d{4})?$")]
    private static partial Regex Rfc2822();

    [GeneratedRegex(@"^(?<y>(?:19|20)[0-9]{2})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*[日号]?(?:\s*(?<h>[0-9]{1,2})\s*[:时点]\s*(?<min>[0-9]{2})(?:\s*[:分]\s*(?<s>[0-9]{2})秒?)?分?)?$")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasExplicitOffset();
}
