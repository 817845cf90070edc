using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Reading;

/// <summary>Reads a publication time from a front matter value in the forms news feeds and static sites write.</summary>
public static partial class PublicationDate
{
    /// <summary>
    /// The offset given to times that carry no zone (<c>2025-02-11 15:10:45</c>) and to bare dates: NewsHub
    /// reads Chinese outlets, which write local time, and China keeps UTC+08:00 all year round.
    /// </summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm",
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd", "yyyyMMdd"];

    /// <summary>
    /// Parses RFC 1123 / RFC 2822 (<c>Tue, 28 Sep 2021 01:39:00 GMT</c>, <c>… +0800</c>), ISO 8601 with an
    /// offset or <c>Z</c>, a local time without zone (read as UTC+08:00) and a date alone (midnight,
    /// UTC+08:00). Anything else, including no value, gives null: never the import time.
    /// </summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var invariant = CultureInfo.InvariantCulture;

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

    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasExplicitOffset();
}
