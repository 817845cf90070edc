using NewsHub.Domain.Events;

namespace NewsHub.Ingestion.Tests.Events;

/// <summary>One announcement, one event: which event each mention of an article joins, without a database.</summary>
public sealed class EventGroupingTests
{
    private const int Window = 30;
    private static readonly DateOnly Published = new(2024, 3, 10);

    private long _nextId = 100;

    private static PartialDate Day(int year, int month, int day, DateSource source = DateSource.Text) =>
        new() { Year = year, Month = month, Day = day, Precision = DatePrecision.Day, Source = source };

    private static PartialDate Month(int year, int month) => new() { Year = year, Month = month, Precision = DatePrecision.Month, Source = DateSource.Text };

    private static PartialDate Undated => new() { Precision = DatePrecision.None, Source = DateSource.Text };

    private static MentionToGroup Mention(PartnershipStage stage, PartialDate date, int a = 1, int b = 2) => new(a, b, stage, date);

    private IReadOnlyList<EventCandidate> Assign(List<EventCandidate> stored, params MentionToGroup[] mentions) =>
        EventGrouping.Assign(mentions, Published, stored, () => _nextId++, Window);

    [Fact]
    public void A_signing_and_the_supply_it_plans_in_one_article_are_one_event_at_the_furthest_stage()
    {
        var events = Assign([], Mention(PartnershipStage.Agreement, Day(2024, 3, 8)), Mention(PartnershipStage.Supply, Day(2024, 3, 10, DateSource.Published)));

        Assert.Same(events[0], events[1]);
        Assert.Equal(PartnershipStage.Supply, events[0].Stage);
        Assert.Equal("2024-03-08", events[0].Date.ToIsoString());
    }

    [Fact]
    public void Mentions_of_one_pair_dated_far_apart_in_one_article_are_separate_events()
    {
        var events = Assign([], Mention(PartnershipStage.Agreement, Day(2021, 5, 1)), Mention(PartnershipStage.Supply, Day(2024, 3, 8)));

        Assert.NotSame(events[0], events[1]);
    }

    [Fact]
    public void Undated_background_is_not_merged_into_the_dated_announcement()
    {
        var events = Assign([], Mention(PartnershipStage.Investment, Undated), Mention(PartnershipStage.Agreement, Day(2024, 3, 8)));

        Assert.NotSame(events[0], events[1]);
        Assert.Equal(PartnershipStage.Agreement, events[1].Stage);
    }

    [Fact]
    public void With_no_date_and_no_publication_day_a_report_starts_its_own_event_rather_than_joining_another_articles()
    {
        var stored = new EventCandidate(7, 1, 2, PartnershipStage.Agreement, [PartnershipStage.Agreement], Undated, SortDate: null, IsNew: false);

        var joined = Assert.Single(EventGrouping.Assign([Mention(PartnershipStage.Agreement, Undated)], published: null, [stored], () => _nextId++, Window));

        Assert.True(joined.IsNew);
        Assert.Equal(PartnershipStage.Agreement, stored.Stage);
    }

    [Fact]
    public void With_no_date_and_no_publication_day_one_articles_reports_of_a_pair_are_still_one_event()
    {
        var events = EventGrouping.Assign(
            [Mention(PartnershipStage.Agreement, Undated), Mention(PartnershipStage.Supply, Undated)], published: null, [], () => _nextId++, Window);

        Assert.Same(events[0], events[1]);
        Assert.Equal(PartnershipStage.Supply, events[0].Stage);
    }

    [Fact]
    public void Other_pairs_are_never_one_event()
    {
        var events = Assign([], Mention(PartnershipStage.Agreement, Day(2024, 3, 8)), Mention(PartnershipStage.Agreement, Day(2024, 3, 8), a: 1, b: 3));

        Assert.NotSame(events[0], events[1]);
    }

    [Fact]
    public void An_announcement_joins_a_stored_event_of_the_pair_that_tells_one_of_its_stages_within_the_window()
    {
        var stored = new EventCandidate(7, 1, 2, PartnershipStage.Agreement, [PartnershipStage.Agreement], Day(2024, 3, 1), new DateOnly(2024, 3, 1), IsNew: false);
        var candidates = new List<EventCandidate> { stored };

        var events = Assign(candidates, Mention(PartnershipStage.Agreement, Day(2024, 3, 8)), Mention(PartnershipStage.Supply, Day(2024, 3, 8)));

        Assert.All(events, e => Assert.Same(stored, e));
        Assert.Contains(PartnershipStage.Supply, stored.Stages);
    }

    [Theory]
    [InlineData(PartnershipStage.JointVenture, 2024, 3, 2)]
    [InlineData(PartnershipStage.Agreement, 2024, 9, 1)]
    public void Another_stage_or_a_date_beyond_the_window_starts_another_event(PartnershipStage stage, int year, int month, int day)
    {
        var stored = new EventCandidate(7, 1, 2, PartnershipStage.Agreement, [PartnershipStage.Agreement], Day(2024, 3, 1), new DateOnly(2024, 3, 1), IsNew: false);

        var joined = Assert.Single(Assign([stored], Mention(stage, Day(year, month, day))));

        Assert.True(joined.IsNew);
        Assert.Equal(100, joined.Id);
    }

    [Fact]
    public void A_headline_dated_by_publication_and_a_body_dated_days_before_are_one_event_dated_by_the_body()
    {
        var events = Assign([], Mention(PartnershipStage.Agreement, Day(2024, 3, 10, DateSource.Published)), Mention(PartnershipStage.Agreement, Day(2024, 3, 6)));

        Assert.Same(events[0], events[1]);
        Assert.Equal((DateSource.Text, "2024-03-06"), (events[0].Date.Source, events[0].Date.ToIsoString()));
    }

    [Fact]
    public void A_month_and_a_day_inside_it_are_one_announcement_on_that_day()
    {
        var events = Assign([], Mention(PartnershipStage.Agreement, Month(2024, 3)), Mention(PartnershipStage.Agreement, Day(2024, 3, 6)));

        Assert.Same(events[0], events[1]);
        Assert.Equal("2024-03-06", events[0].Date.ToIsoString());
    }
}
