using System.Text.RegularExpressions;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.IntegrationTests.Infrastructure;
using static NewsHub.IntegrationTests.Pages.PartnershipData;

namespace NewsHub.IntegrationTests.Pages;

/// <summary>62 dated events (one a day from 2020-01-01) and 3 undated ones, for paging across the two runs.</summary>
public sealed class ManyEventsFixture : WebAppFixture
{
    public const int Dated = 62;
    public const int Undated = 3;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        // One event a day needs an event window shorter than a day: with the app's 30 days the writer would rightly
        // file these reports of one pair and stage under a few events.
        var data = new PartnershipData(db, new ArticleWriterOptions { EventWindowDays = 0 });
        data.Group("北汽", CompanyRole.Carmaker, "BAIC");
        data.Group("华为", CompanyRole.Tech, "Huawei");
        var day = new DateOnly(2020, 1, 1);
        for (var i = 0; i < Dated; i++, day = day.AddDays(1))
        {
            var article = data.Article($"第{i}篇", Beijing(day.Year, day.Month, day.Day), $"北汽与华为签署第{i}份协议。");
            data.Mention(article, "北汽", "华为", "签署", PartnershipStage.Agreement, Day(day.Year, day.Month, day.Day));
        }

        // Undated reports of one pair and stage are one event to the writer; three stages make three events.
        PartnershipStage[] undatedStages = [PartnershipStage.Talks, PartnershipStage.Supply, PartnershipStage.Investment];
        for (var i = 0; i < Undated; i++)
        {
            var article = data.Article($"无日期{i}", null, $"北汽与华为签署无日期协议{i}。");
            data.Mention(article, "北汽", "华为", "签署", undatedStages[i], new PartialDate());
        }

        await data.SaveAsync();
    }
}

public partial class TimelinePagingTests(ManyEventsFixture app) : IClassFixture<ManyEventsFixture>
{
    [Fact]
    public async Task Pages_run_newest_first_and_the_undated_events_come_last()
    {
        using var client = app.Factory.CreateClient();
        var first = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var third = await client.GetStringAsync(new Uri("/?page=3", UriKind.Relative));

        Assert.Equal(30, Dates(first).Count);
        Assert.Equal("2020-03-02", Dates(first)[0]);
        Assert.Contains("href=\"/?page=2\"", first, StringComparison.Ordinal);

        // Page 3 holds the two oldest dated events, then the three undated ones under their own heading.
        Assert.Equal(["2020-01-02", "2020-01-01"], Dates(third));
        Assert.Equal(ManyEventsFixture.Undated, Regex.Count(third, "无日期协议"));
        Assert.Contains("日期不详", third, StringComparison.Ordinal);
        Assert.Contains("第 3 / 3 页", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_links_keep_the_filters()
    {
        using var client = app.Factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/?company=BAIC&stage=agreement", UriKind.Relative));

        Assert.Contains("href=\"/?company=BAIC&amp;stage=agreement&amp;page=2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        using var client = app.Factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/?page=99", UriKind.Relative));

        Assert.Contains("第 3 / 3 页", html, StringComparison.Ordinal);
    }

    private static List<string> Dates(string html) => [.. EventDate().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("""<div class="event-meta">\s*<time datetime="([0-9-]+)">""")]
    private static partial Regex EventDate();
}
