using NewsHub.Ingestion.Sources;

namespace NewsHub.Ingestion.Tests.Sources;

public sealed class SourceScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 17, 30, TimeSpan.Zero);

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("15m", 15 * 60)]
    [InlineData("2h", 2 * 3600)]
    [InlineData("1d", 86400)]
    [InlineData("1.5h", 5400)]
    [InlineData("00:15:00", 15 * 60)]
    [InlineData(" 10m ", 600)]
    public void Intervals_are_due_that_long_after_now(string text, int seconds)
    {
        var schedule = SourceSchedule.Parse(text);

        Assert.Equal(Now.AddSeconds(seconds), schedule.Next(Now));
        Assert.Equal(TimeSpan.FromSeconds(seconds), schedule.Period(Now));
    }

    [Fact]
    public void A_cron_expression_is_due_at_its_next_occurrence_in_UTC()
    {
        var schedule = SourceSchedule.Parse("0 */2 * * *");

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero), schedule.Next(Now));
        Assert.Equal(TimeSpan.FromHours(2), schedule.Period(Now));
    }

    [Fact]
    public void A_cron_expression_with_seconds_has_six_fields()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 10, 17, 45, TimeSpan.Zero), SourceSchedule.Parse("*/15 * * * * *").Next(Now));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("every tuesday", "neither an interval")]
    [InlineData("0s", "shorter than the shortest interval")]
    [InlineData("61 * * * *", "not a valid cron expression")]
    [InlineData("5x", "neither an interval")]
    public void Unreadable_schedules_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(SourceSchedule.TryParse(text, out var schedule, out var error));
        Assert.Null(schedule);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 120)]
    [InlineData(3, 240)]
    [InlineData(10, 6 * 3600)]
    [InlineData(1000, 6 * 3600)]
    public void Back_off_doubles_with_each_failure_up_to_the_ceiling(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), SourceBackOff.Delay(TimeSpan.FromMinutes(1), failures));
    }

    [Fact]
    public void Back_off_of_a_source_slower_than_the_ceiling_never_polls_more_often_than_its_period()
    {
        Assert.Equal(TimeSpan.FromDays(1), SourceBackOff.Delay(TimeSpan.FromDays(1), 5));
    }
}
