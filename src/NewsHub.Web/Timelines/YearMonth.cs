using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsHub.Web.Timelines;

/// <summary>
/// A calendar month, written <c>2015-01</c> in query strings (the value of an HTML
/// <c>&lt;input type="month"&gt;</c>). Parsable, so Razor Pages and minimal APIs bind it directly.
/// </summary>
public readonly record struct YearMonth : IParsable<YearMonth>, IComparable<YearMonth>
{
    /// <summary>A month; throws when <paramref name="month"/> is not 1–12 or the year is outside 1–9999.</summary>
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>The month <paramref name="months"/> later (or earlier, when negative), clamped to years 1–9999.</summary>
    public YearMonth AddMonths(int months)
    {
        var index = Math.Clamp((Year * 12) + (Month - 1) + months, 12, (9999 * 12) + 11);
        return new YearMonth(index / 12, (index % 12) + 1);
    }

    /// <summary>The month a day falls in.</summary>
    public static YearMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>Parses <c>yyyy-MM</c> (or <c>yyyy-M</c>); a bare year stands for its January.</summary>
    public static YearMonth Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result : throw new FormatException($"\"{s}\" is not a month written yyyy-MM.");

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out YearMonth result) =>
        TryParse(s, endOfRange: false, out result);

    /// <summary>
    /// Parses <c>yyyy-MM</c> or a bare year. A bare year stands for its first month, or for its last
    /// month when <paramref name="endOfRange"/> is set, so that <c>to=2016</c> includes December 2016.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? s, bool endOfRange, out YearMonth result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            return false;
        }

        var parts = s.Trim().Split('-');
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1 or > 9999)
        {
            return false;
        }

        var month = endOfRange ? 12 : 1;
        if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12))
        {
            return false;
        }

        result = new YearMonth(year, month);
        return true;
    }

    public int CompareTo(YearMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    /// <summary><c>yyyy-MM</c>, the form query strings and <c>&lt;input type="month"&gt;</c> use.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
