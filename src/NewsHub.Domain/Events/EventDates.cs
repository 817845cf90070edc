namespace NewsHub.Domain.Events;

/// <summary>
/// Date arithmetic for grouping partnership mentions into events: what span of days a partial date
/// stands for, how far apart two spans are, and which of several dates says the most.
/// </summary>
public static class EventDates
{
    /// <summary>
    /// The days a date may stand for: one day for a full date, the month or the year for coarser
    /// ones. A month and day without a year, or no date at all, take the year or the day of
    /// <paramref name="published"/>; without a publication date they stand for nothing (null).
    /// </summary>
    public static DateSpan? SpanOf(PartialDate date, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(date);
        switch (date.Precision)
        {
            case DatePrecision.Day when TryDate(date.Year, date.Month, date.Day) is { } day:
                return new DateSpan(day, day);
            case DatePrecision.Day or DatePrecision.Month when TryDate(date.Year, date.Month, 1) is { } first:
                return new DateSpan(first, first.AddMonths(1).AddDays(-1));
            case DatePrecision.Day or DatePrecision.Month or DatePrecision.Year when date.Year is >= 1 and <= 9999:
                return new DateSpan(new DateOnly(date.Year.Value, 1, 1), new DateOnly(date.Year.Value, 12, 31));
            case DatePrecision.MonthDay when published is { } p && TryDate(p.Year, date.Month, date.Day) is { } day:
                return new DateSpan(day, day);
            default:
                return published is { } at ? new DateSpan(at, at) : null;
        }
    }

    /// <summary>
    /// The full date an event is ordered and filtered by: the first day of the span of its date.
    /// </summary>
    public static DateOnly? SortDateOf(PartialDate date, DateOnly? published) => SpanOf(date, published)?.Start;

    /// <summary>
    /// The publication date as Chinese readers see it: the day in China (UTC+08:00), whatever zone the
    /// file wrote the time in, so that a time given in GMT the evening before dates the article as its own
    /// dateline does (see <see cref="ChinaCalendar"/>).
    /// </summary>
    public static DateOnly? CalendarDate(DateTimeOffset? publishedAt) =>
        publishedAt is { } instant ? ChinaCalendar.DayOf(instant) : null;

    /// <summary>
    /// How much a date says, for choosing an event's date among its mentions: a date read from the
    /// text beats one taken from the publication time, then a day beats a month beats a year.
    /// </summary>
    public static int Informativeness(PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var precision = date.Precision switch
        {
            DatePrecision.Day => 4,
            DatePrecision.Month => 3,
            DatePrecision.MonthDay => 2,
            DatePrecision.Year => 1,
            _ => 0,
        };
        return (date.Source == DateSource.Text && date.Precision != DatePrecision.None ? 10 : 0) + precision;
    }

    private static DateOnly? TryDate(int? year, int? month, int? day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day is >= 1 && day <= DateTime.DaysInMonth(year.Value, month.Value)
            ? new DateOnly(year.Value, month.Value, day.Value)
            : null;
}

/// <summary>An inclusive span of days.</summary>
public readonly record struct DateSpan(DateOnly Start, DateOnly End)
{
    /// <summary>Days between the nearest ends of two spans; zero when they overlap.</summary>
    public int DaysApart(DateSpan other) =>
        Math.Max(0, Math.Max(other.Start.DayNumber - End.DayNumber, Start.DayNumber - other.End.DayNumber));
}
