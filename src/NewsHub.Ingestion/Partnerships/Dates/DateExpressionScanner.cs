using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Partnerships.Dates;

/// <summary>
/// Finds the date expressions of a compact text: written dates at any precision (2014年10月17日,
/// 2014年7月, 2022年, 9月26日, 7月份, 27日, 2021-06-25), dates counted from another (今年1月21日, 去年3月,
/// 一年前的11月26日, 上月, 两个月前, 昨天, 三天前, 上周, 周四), "recently" (近日, 日前, 近期) and "the same year" (同年, 当天).
/// Months and days may be written in Chinese numerals (六月份, 十月十七日). Range ends and deadlines
/// (至2025年12月, 截至2024年底) are left out: they do not date an event.
/// </summary>
internal static partial class DateExpressionScanner
{
    private const string Number = "(?:[0-9]{1,2}|[〇零一二两三四五六七八九十]{1,3})";

    private static readonly string[] NotStartingAfter = ["至", "到", "-", "~", "～", "—", "截至", "截止"];

    public static List<DateExpression> Scan(string text)
    {
        var found = new List<DateExpression>();
        foreach (Match m in CalendarPattern().Matches(text))
        {
            Add(found, text, Calendar(m));
        }

        foreach (Match m in NumericPattern().Matches(text))
        {
            Add(found, text, new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.Calendar)
            {
                Year = Int(m.Groups["y"].Value),
                Month = Int(m.Groups["m"].Value),
                Day = Int(m.Groups["d"].Value),
            });
        }

        foreach (Match m in RelativeYearPattern().Matches(text))
        {
            var word = m.Groups["w"].Value;
            var expression = word is "同年" or "当年" or "次年" or "翌年"
                ? new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.SameAsPrevious)
                {
                    Shift = word is "次年" or "翌年" ? 1 : 0,
                    Precision = DatePrecision.Year,
                }
                : new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.RelativeYear) { Shift = YearShift(word) };
            Add(found, text, expression with { Month = Numeral(m.Groups["m"].Value), Day = Numeral(m.Groups["d"].Value) });
        }

        foreach (Match m in RelativeMonthPattern().Matches(text))
        {
            var word = m.Groups["w"].Value;
            var expression = word is "同月" or "当月" or "次月"
                ? new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.SameAsPrevious) { Shift = word == "次月" ? 1 : 0, Precision = DatePrecision.Month }
                : new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.RelativeMonth) { Shift = MonthShift(word) };
            Add(found, text, expression with { Day = Numeral(m.Groups["d"].Value) });
        }

        foreach (Match m in RelativeDayPattern().Matches(text))
        {
            var word = m.Value;
            Add(found, text, word is "当天" or "当日" or "同日" or "同一天" or "次日"
                ? new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.SameAsPrevious) { Shift = word == "次日" ? 1 : 0, Precision = DatePrecision.Day }
                : new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.RelativeDay)
                {
                    Shift = word.EndsWith("天前", StringComparison.Ordinal)
                        ? -(Numeral(word[..^2]) ?? 0)
                        : word[0] switch { '昨' => -1, '前' => -2, '明' => 1, _ => 0 },
                });
        }

        foreach (Match m in WeekPattern().Matches(text))
        {
            var week = m.Groups["w"].Value;
            Add(found, text, new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.RelativeWeek)
            {
                Shift = week.Length == 0 ? 0 : week[0] switch { '上' => -1, '下' => 1, _ => 0 },
                Weekday = m.Groups["d"].Success ? Weekday(m.Groups["d"].Value[0]) : null,
            });
        }

        foreach (Match m in RecentPattern().Matches(text))
        {
            Add(found, text, new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.Recent)
            {
                Precision = m.Value is "近日" or "日前" or "前几天" or "前些天" or "这两天" or "近几天" ? DatePrecision.Day : DatePrecision.Month,
            });
        }

        return [.. found.OrderBy(e => e.Start).Select(e => PeriodStartPattern().IsMatch(text.AsSpan(e.End)) ? e with { StartsPeriod = true } : e)];
    }

    private static DateExpression Calendar(Match m)
    {
        var year = Int(m.Groups["y"].Value);
        var month = Numeral(m.Groups["m"].Value);
        var day = Numeral(m.Groups["d"].Value);
        return new DateExpression(m.Index, m.Index + m.Length, DateExpressionKind.Calendar) { Year = year, Month = month, Day = day };
    }

    /// <summary>Adds an expression that is plausible, not inside one already found, and not a range end or deadline.</summary>
    private static void Add(List<DateExpression> found, string text, DateExpression expression)
    {
        if (expression.Month is < 1 or > 12 || expression.Day is < 1 or > 31 || expression.Year is < 1900 or > 2100)
        {
            return;
        }

        if (expression.Kind == DateExpressionKind.Calendar && expression.Year is null && expression.Month is null && expression.Day is null)
        {
            return;
        }

        var before = text[Math.Max(0, expression.Start - 2)..expression.Start];
        if (NotStartingAfter.Any(w => before.EndsWith(w, StringComparison.Ordinal)))
        {
            return;
        }

        for (var i = found.Count - 1; i >= 0; i--)
        {
            var other = found[i];
            if (expression.Start < other.End && other.Start < expression.End)
            {
                if (other.End - other.Start >= expression.End - expression.Start)
                {
                    return;
                }

                found.RemoveAt(i);
            }
        }

        found.Add(expression);
    }

    private static int YearShift(string word) => word switch
    {
        _ when word.EndsWith("年前", StringComparison.Ordinal) => -(Numeral(word[..^2]) ?? 0),
        "去年" or "上年" => -1,
        "前年" => -2,
        "明年" or "来年" => 1,
        _ => 0,
    };

    /// <summary>上月 −1, 下月 +1, 本月 0, 两个月前 −2.</summary>
    private static int MonthShift(string word) => word switch
    {
        _ when word.EndsWith("个月前", StringComparison.Ordinal) => -(Numeral(word[..^3]) ?? 0),
        _ => word[0] switch { '上' => -1, '下' => 1, _ => 0 },
    };

    private static DayOfWeek Weekday(char c) => c switch
    {
        '一' => DayOfWeek.Monday,
        '二' => DayOfWeek.Tuesday,
        '三' => DayOfWeek.Wednesday,
        '四' => DayOfWeek.Thursday,
        '五' => DayOfWeek.Friday,
        '六' => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static int? Int(string value) =>
        value.Length == 0 ? null : int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A month or day in Arabic digits or Chinese numerals (六, 十, 十二, 二十六, 三十一).</summary>
    private static int? Numeral(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (char.IsAsciiDigit(value[0]))
        {
            return Int(value);
        }

        var tens = value.IndexOf('十', StringComparison.Ordinal);
        if (tens < 0)
        {
            return value.Length == 1 ? Digit(value[0]) : null;
        }

        var high = tens == 0 ? 1 : Digit(value[0]);
        var low = tens == value.Length - 1 ? 0 : Digit(value[^1]);
        return high is null || low is null ? null : (high * 10) + low;
    }

    private static int? Digit(char c) => "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) switch
    {
        >= 0 and var d => d,
        _ => c switch { '零' => 0, '两' => 2, _ => null },
    };

    // 2014年10月17日 / 2014年7月份 / 2022年 / 9月26日 / 7月份 / 27日; year parts (上半年, 年底) are kept in the match.
    [GeneratedRegex(
        "(?<![0-9])(?:(?<y>(?:19|20)[0-9]{2})(?:年|(?=上半年|下半年))(?:(?<m>" + Number + ")月份?(?:(?<d>" + Number + ")[日号])?)?"
        + "|(?<![0-9个几数每本上下这那该同当次前后多第])(?<m>" + Number + ")月份?(?:(?<d>" + Number + ")[日号])?"
        + "|(?<![0-9月.])(?<d>[0-9]{1,2})日(?![元本产均常益后前内]))")]
    private static partial Regex CalendarPattern();

    [GeneratedRegex("(?<![0-9])(?<y>(?:19|20)[0-9]{2})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex NumericPattern();

    [GeneratedRegex("(?:(?<w>今年|本年|去年|上年|前年|明年|来年|同年|当年|次年|翌年)|(?<w>(?:[一两三四五六七八九十]|[1-9][0-9]?)年前)的?)(?:(?<m>" + Number + ")月份?(?:(?<d>" + Number + ")[日号])?)?")]
    private static partial Regex RelativeYearPattern();

    [GeneratedRegex("(?<w>上个月|上月|本月|这个月|下个月|下月|同月|当月|次月|(?:[一两三四五六七八九十]|[1-9][0-9]?)个月前)的?(?:(?<d>" + Number + ")[日号])?")]
    private static partial Regex RelativeMonthPattern();

    [GeneratedRegex("昨天|昨日|前天|前日|今天|今日(?!头条)|明天|明日|当天|当日|同日|同一天|次日|(?:[一两三四五六七八九十]|[1-9][0-9]?)天前")]
    private static partial Regex RelativeDayPattern();

    [GeneratedRegex("(?<w>上周|上星期|上个星期|本周|这周|下周|下星期|下个星期)(?:(?<d>[一二三四五六日天]))?|(?:周|星期|礼拜)(?<d>[一二三四五六日天])")]
    private static partial Regex WeekPattern();

    [GeneratedRegex("^(?:至|到|-|~|～|—|－)(?:[0-9]|[今明去]年|[一二三四五六七八九十]{1,3}月)")]
    private static partial Regex PeriodStartPattern();

    [GeneratedRegex("近日|日前|前几天|前些天|这两天|近几天|近期|近来|最近(?![一二三四五六七八九十几两数0-9])|前不久|不久前")]
    private static partial Regex RecentPattern();
}
