namespace NewsHub.Domain;

/// <summary>
/// The calendar NewsHub dates articles and events by: China's, UTC+08:00 all year round. Chinese outlets
/// write dates in it, so a publication time a feed gives in another zone (<c>Tue, 07 Mar 2023 18:00:00 GMT</c>)
/// falls on the day the article itself shows (8 March), not on the day in that zone.
/// </summary>
public static class ChinaCalendar
{
    /// <summary>China Standard Time's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The day <paramref name="instant"/> falls on in China.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
