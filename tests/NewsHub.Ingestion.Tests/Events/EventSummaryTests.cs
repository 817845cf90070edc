using NewsHub.Domain.Events;

namespace NewsHub.Ingestion.Tests.Events;

/// <summary>What an event says about itself, from its mentions: date, stage, plan and certainty.</summary>
public sealed class EventSummaryTests
{
    private static readonly DateOnly Published = new(2024, 3, 10);

    private static PartialDate Day(int year, int month, int day, DateSource source = DateSource.Text) =>
        new() { Year = year, Month = month, Day = day, Precision = DatePrecision.Day, Source = source };

    private static PartialDate Month(int year, int month) => new() { Year = year, Month = month, Precision = DatePrecision.Month, Source = DateSource.Text };

    private static EventMentionFacts Fact(PartialDate date, PartnershipStage stage = PartnershipStage.Agreement, bool planned = false, long article = 1, double confidence = 0.8) =>
        new(1, article, stage, date, planned, confidence, Published);

    [Theory]
    [InlineData(new[] { 8, 8, 10 }, "2024-03-08")]
    [InlineData(new[] { 8, 10 }, "2024-03")]
    [InlineData(new[] { 8 }, "2024-03-08")]
    public void The_date_is_the_one_most_mentions_give_at_the_finest_precision_they_agree_on(int[] days, string expected) =>
        Assert.Equal(expected, EventDateVote.Of([.. days.Select(d => Day(2024, 3, d))]).ToIsoString());

    [Fact]
    public void A_month_does_not_contradict_a_day_inside_it() =>
        Assert.Equal("2024-03-08", EventDateVote.Of([Month(2024, 3), Month(2024, 3), Day(2024, 3, 8)]).ToIsoString());

    [Fact]
    public void Dates_the_text_gives_outvote_publication_days()
    {
        var date = EventDateVote.Of([Day(2024, 3, 10, DateSource.Published), Day(2024, 3, 10, DateSource.Published), Month(2024, 2)]);

        Assert.Equal((DateSource.Text, "2024-02"), (date.Source, date.ToIsoString()));
    }

    [Fact]
    public void Without_a_date_in_the_text_the_publication_day_dates_the_event()
    {
        var date = EventDateVote.Of([Day(2024, 3, 10, DateSource.Published), new PartialDate { Precision = DatePrecision.None, Source = DateSource.Text }]);

        Assert.Equal((DateSource.Published, "2024-03-10"), (date.Source, date.ToIsoString()));
    }

    [Fact]
    public void The_stage_is_the_furthest_reached_and_planned_as_its_mentions_tell_it()
    {
        var summary = EventSummary.Of([Fact(Day(2024, 3, 8)), Fact(Day(2024, 3, 8), PartnershipStage.Supply, planned: true)]);

        Assert.Equal((PartnershipStage.Supply, true), (summary.Stage, summary.IsPlanned));
        Assert.Equal(new DateOnly(2024, 3, 8), summary.SortDate);
    }

    [Fact]
    public void Independent_articles_make_an_event_surer()
    {
        var summary = EventSummary.Of([Fact(Day(2024, 3, 8), article: 1, confidence: 0.6), Fact(Day(2024, 3, 8), article: 2, confidence: 0.5)]);

        Assert.Equal((2, 1 - (0.4 * 0.5)), (summary.ArticleCount, Math.Round(summary.Confidence, 6)));
    }
}
