namespace NewsHub.Domain.Events;

/// <summary>
/// The date of an event from the dates its reports give: the one most of them give, at the finest precision
/// they agree on. Two reports of 8 March and one of 10 March date it 8 March; one of each, March; a month
/// and a day inside it, the day (the month does not contradict it).
/// </summary>
/// <remarks>
/// Dates read from the text vote first; only when none gives a year do month-and-day dates, then the
/// publication days, decide. A report without any date has no vote.
/// </remarks>
public static class EventDateVote
{
    /// <summary>The date <paramref name="dates"/> agree on, with the source of the dates that gave it.</summary>
    public static PartialDate Of(IReadOnlyCollection<PartialDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var fromText = dates.Where(d => d.Source == DateSource.Text && d.Precision is DatePrecision.Year or DatePrecision.Month or DatePrecision.Day && d.Year is not null).ToList();
        if (fromText.Count > 0)
        {
            return Agreed(fromText, DateSource.Text);
        }

        var monthDays = dates.Where(d => d.Precision == DatePrecision.MonthDay && d.Month is not null && d.Day is not null).ToList();
        if (monthDays.Count > 0)
        {
            var (month, day) = Plurality(monthDays.Select(d => (d.Month!.Value, d.Day!.Value)));
            return new PartialDate { Month = month, Day = day, Precision = DatePrecision.MonthDay, Source = DateSource.Text };
        }

        var published = dates.Where(d => d.Source == DateSource.Published && d.Year is not null).ToList();
        return published.Count > 0 ? Agreed(published, DateSource.Published) : new PartialDate { Precision = DatePrecision.None, Source = DateSource.Text };
    }

    /// <summary>The year most dates give; within it the month, if those that give a month mostly agree; within that the day, likewise.</summary>
    private static PartialDate Agreed(List<PartialDate> dates, DateSource source)
    {
        var year = Plurality(dates.Select(d => d.Year!.Value));
        var inYear = dates.Where(d => d.Year == year).ToList();
        if (Majority(inYear.Where(d => d.Precision is DatePrecision.Month or DatePrecision.Day).Select(d => d.Month!.Value)) is not { } month)
        {
            return new PartialDate { Year = year, Precision = DatePrecision.Year, Source = source };
        }

        var inMonth = inYear.Where(d => d.Month == month && d.Precision == DatePrecision.Day).Select(d => d.Day!.Value);
        return Majority(inMonth) is { } day
            ? new PartialDate { Year = year, Month = month, Day = day, Precision = DatePrecision.Day, Source = source }
            : new PartialDate { Year = year, Month = month, Precision = DatePrecision.Month, Source = source };
    }

    /// <summary>The value given most often; on a tie the smallest, so that the vote never depends on the order of reports.</summary>
    private static T Plurality<T>(IEnumerable<T> values)
        where T : notnull => values
        .CountBy(v => v)
        .OrderByDescending(c => c.Value)
        .ThenBy(c => c.Key)
        .First()
        .Key;

    /// <summary>The value more than half of <paramref name="values"/> give, else null (none given, or no agreement).</summary>
    private static int? Majority(IEnumerable<int> values)
    {
        var counted = values.CountBy(v => v).ToList();
        var total = counted.Sum(c => c.Value);
        return counted.FirstOrDefault(c => c.Value * 2 > total) is { Value: > 0 } winner ? winner.Key : null;
    }
}
