namespace NewsHub.Ingestion.Partnerships.Dates;

/// <summary>What a date expression is relative to.</summary>
internal enum DateExpressionKind
{
    /// <summary>Calendar parts as written (2014年10月17日, 9月26日, 7月份, 27日); missing parts come from context.</summary>
    Calendar,

    /// <summary>A year counted from the reference date (今年1月21日, 去年3月, 明年).</summary>
    RelativeYear,

    /// <summary>A month counted from the reference date (上月, 本月15日).</summary>
    RelativeMonth,

    /// <summary>A day counted from the reference date (昨天, 今日).</summary>
    RelativeDay,

    /// <summary>A week counted from the reference date, perhaps with its weekday (上周, 周四, 下周一).</summary>
    RelativeWeek,

    /// <summary>"Recently" (近日, 日前: the reference day; 近期, 最近: its month).</summary>
    Recent,

    /// <summary>The same (or next) year, month or day as the date written just before (同年, 当天, 次年).</summary>
    SameAsPrevious,
}

/// <summary>A date expression found in the compact text.</summary>
internal sealed record DateExpression(int Start, int End, DateExpressionKind Kind)
{
    /// <summary>Year as written, or null.</summary>
    public int? Year { get; init; }

    /// <summary>Month as written, or null.</summary>
    public int? Month { get; init; }

    /// <summary>Day as written, or null.</summary>
    public int? Day { get; init; }

    /// <summary>Years, months, days or weeks counted from the reference (-1 for 去年, 上月, 昨天, 上周).</summary>
    public int Shift { get; init; }

    /// <summary>The weekday of a <see cref="DateExpressionKind.RelativeWeek"/>, or null for the week itself.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>For <see cref="DateExpressionKind.Recent"/> and <see cref="DateExpressionKind.SameAsPrevious"/>: whether the day is meant, or only the month or year.</summary>
    public DatePrecision Precision { get; init; } = DatePrecision.Day;

    /// <summary>True for the start of a period (2020年至2031年): it dates a plan, not an event.</summary>
    public bool StartsPeriod { get; init; }

    /// <summary>True when the words point to the future (明年, 下月, 下周).</summary>
    public bool IsFuture => Shift > 0;

    /// <summary>True for a year written in full: such a date is never moved.</summary>
    public bool HasWrittenYear => Kind == DateExpressionKind.Calendar && Year is not null;

    /// <summary>True for a date that can anchor relative ones: calendar parts down to a month at least.</summary>
    public bool CanAnchor => Kind == DateExpressionKind.Calendar && Month is not null;
}
