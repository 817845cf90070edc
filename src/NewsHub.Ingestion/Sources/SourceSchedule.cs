using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;

namespace NewsHub.Ingestion.Sources;

/// <summary>
/// When a source is polled: every fixed interval (<c>30s</c>, <c>15m</c>, <c>2h</c>, <c>1d</c>, or a
/// <see cref="TimeSpan"/> such as <c>00:15:00</c>), or at the times of a cron expression (five fields, or six
/// with seconds; UTC), read by Cronos.
/// </summary>
public sealed partial class SourceSchedule
{
    /// <summary>The shortest interval allowed: polling a feed more often is impolite, and a folder has its watcher.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(1);

    private readonly TimeSpan? interval;
    private readonly CronExpression? cron;

    private SourceSchedule(string text, TimeSpan? interval, CronExpression? cron)
    {
        Text = text;
        this.interval = interval;
        this.cron = cron;
    }

    /// <summary>The schedule as written.</summary>
    public string Text { get; }

    /// <summary>The interval, or for a cron expression the time between its next two occurrences (for the back-off).</summary>
    public TimeSpan Period(DateTimeOffset now) =>
        interval ?? (Next(now) is var first && cron!.GetNextOccurrence(first, TimeZoneInfo.Utc) is { } second ? second - first : TimeSpan.FromDays(1));

    /// <summary>The first time after <paramref name="now"/> the source is due.</summary>
    public DateTimeOffset Next(DateTimeOffset now) =>
        interval is { } every ? now + every
        : cron!.GetNextOccurrence(now, TimeZoneInfo.Utc) ?? DateTimeOffset.MaxValue;

    /// <summary>Reads a schedule.</summary>
    /// <exception cref="FormatException">The text is neither an interval nor a cron expression; the message says why.</exception>
    public static SourceSchedule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new FormatException("The schedule is empty: give an interval such as 15m or 1h, or a cron expression such as */30 * * * *.");
        }

        if (ParseInterval(trimmed) is { } every)
        {
            return every < MinimumInterval
                ? throw new FormatException($"The schedule {trimmed} is shorter than the shortest interval allowed, {MinimumInterval.TotalSeconds:0} s.")
                : new SourceSchedule(trimmed, every, null);
        }

        var fields = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6))
        {
            throw new FormatException($"The schedule {trimmed} is neither an interval (30s, 15m, 2h, 1d, 00:15:00) nor a cron expression of five or six fields.");
        }

        try
        {
            var expression = CronExpression.Parse(trimmed, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return new SourceSchedule(trimmed, null, expression);
        }
        catch (CronFormatException ex)
        {
            throw new FormatException($"The schedule {trimmed} is not a valid cron expression: {ex.Message}", ex);
        }
    }

    /// <summary>True when <paramref name="text"/> reads as a schedule; <paramref name="error"/> says why not.</summary>
    public static bool TryParse(string? text, out SourceSchedule? schedule, out string? error)
    {
        try
        {
            schedule = Parse(text ?? "");
            error = null;
            return true;
        }
        catch (FormatException ex)
        {
            schedule = null;
            error = ex.Message;
            return false;
        }
    }

    private static TimeSpan? ParseInterval(string text)
    {
        var match = IntervalForm().Match(text);
        if (match.Success)
        {
            var count = double.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
            return match.Groups["unit"].Value switch
            {
                "s" => TimeSpan.FromSeconds(count),
                "m" => TimeSpan.FromMinutes(count),
                "h" => TimeSpan.FromHours(count),
                _ => TimeSpan.FromDays(count),
            };
        }

        return text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
    }

    [GeneratedRegex(@"^(?<count>\d+(?:\.\d+)?)\s*(?<unit>[smhd])$", RegexOptions.CultureInvariant)]
    private static partial Regex IntervalForm();

    public override string ToString() => Text;
}
