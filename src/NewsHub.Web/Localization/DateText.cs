using System.Globalization;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Localization;

/// <summary>
/// Dates written at the precision they are known, in the reader's language: 2014-07-23, 2014年7月
/// (July 2014), 2014年 (2014), 7月23日（年份不详） (23 July, year unknown).
/// </summary>
public static class DateText
{
    private static readonly DateTimeFormatInfo EnglishMonths = CultureInfo.GetCultureInfo("en").DateTimeFormat;

    /// <summary>The date for reading.</summary>
    public static string Format(PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var english = UiLanguage.IsEnglish;
        return (date.Precision, date.Year, date.Month, date.Day) switch
        {
            (DatePrecision.Day, { } y, { } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}"),
            (DatePrecision.Month, { } y, { } m, _) => english
                ? string.Create(CultureInfo.InvariantCulture, $"{EnglishMonths.GetMonthName(m)} {y}")
                : string.Create(CultureInfo.InvariantCulture, $"{y}年{m}月"),
            (DatePrecision.Year, { } y, _, _) => english
                ? y.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{y}年"),
            (DatePrecision.MonthDay, _, { } m, { } d) => english
                ? string.Create(CultureInfo.InvariantCulture, $"{d} {EnglishMonths.GetMonthName(m)} (year unknown)")
                : string.Create(CultureInfo.InvariantCulture, $"{m}月{d}日（年份不详）"),
            _ => english ? "date unknown" : "日期不详",
        };
    }

    /// <summary>
    /// The value of <c>&lt;time datetime&gt;</c>: an HTML date, month, year or yearless date
    /// (<c>--07-23</c>), or null when nothing is known.
    /// </summary>
    public static string? Machine(PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.ToIsoString();
    }

    /// <summary>A month heading: 2014年7月 or July 2014.</summary>
    public static string Month(int year, int month) => UiLanguage.IsEnglish
        ? string.Create(CultureInfo.InvariantCulture, $"{EnglishMonths.GetMonthName(month)} {year}")
        : string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月");

    /// <summary>A publication time as a day, in the offset the article gave: 2021-09-28.</summary>
    public static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
