using Microsoft.Playwright;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Pages;

namespace NewsHub.IntegrationTests.Browser;

public class TimelineBrowserTests(SeededBrowserFixture app) : IClassFixture<SeededBrowserFixture>
{
    [Fact]
    public async Task Timeline_lists_events_newest_first_by_year_and_hides_events_whose_articles_are_gone()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");

        Assert.Equal(["2021年", "2020年", "2019年", "2018年"], await page.Locator(".year-heading").AllInnerTextsAsync());
        Assert.Equal("共 5 起合作事件", await page.InnerTextAsync("#event-count"));
        Assert.DoesNotContain("百度 × 华为", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("timeline.png"), FullPage = true });
    }

    [Fact]
    public async Task Filtering_by_a_company_in_the_form_gives_a_bookmarkable_address_with_only_its_events()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");

        await page.FillAsync("#f-company", "极狐");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForLoadedUrlAsync("**/?company=*");

        // 极狐 is a brand of 北汽: the filter folds it into the group.
        Assert.Contains("company=%E6%9E%81%E7%8B%90", page.Url, StringComparison.Ordinal);
        Assert.Equal("共 3 起合作事件", await page.InnerTextAsync("#event-count"));
        var titles = await page.Locator(".event-title").AllInnerTextsAsync();
        Assert.All(titles, title => Assert.Contains("北汽", title, StringComparison.Ordinal));
        Assert.Contains("极狐（属北汽）", await page.InnerTextAsync(".chips"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("timeline-company.png"), FullPage = true });
    }

    [Fact]
    public async Task Filtering_by_a_pair_shows_only_the_events_between_the_two()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/?company=" + Uri.EscapeDataString("吉利") + "&partner=" + Uri.EscapeDataString("百度"));

        Assert.Equal("共 1 起合作事件", await page.InnerTextAsync("#event-count"));
        Assert.Equal(["吉利 × 百度"], await page.Locator(".event-title").AllInnerTextsAsync());
    }

    [Fact]
    public async Task An_empty_date_range_says_why_and_a_wider_range_finds_the_events()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        await page.FillAsync("#f-company", "北汽");
        await page.FillAsync("#f-from", "2015-01");
        await page.FillAsync("#f-to", "2016-12");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForLoadedUrlAsync("**/?company=*");

        Assert.Equal("2015年1月至2016年12月间没有北汽的合作事件", await page.InnerTextAsync("#empty-reason"));
        await page.ScreenshotAsync(new() { Path = Shot("timeline-empty.png"), FullPage = true });

        await page.ClickAsync("#widen >> text=时间前后各放宽一年");
        await page.WaitForLoadedUrlAsync("**to=2017-12*");
        Assert.Equal("2014年1月至2017年12月间没有北汽的合作事件", await page.InnerTextAsync("#empty-reason"));

        await page.ClickAsync("#widen >> text=不限时间");
        await page.WaitForSelectorAsync("#event-count");
        Assert.Equal("共 3 起合作事件", await page.InnerTextAsync("#event-count"));
    }

    [Fact]
    public async Task A_date_range_keeps_the_events_within_it()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/?from=2019-01&to=2020-12");

        Assert.Equal(["2020年", "2019年"], await page.Locator(".year-heading").AllInnerTextsAsync());
        Assert.Equal("2019-01", await page.InputValueAsync("#f-from"));
    }

    [Fact]
    public async Task The_skip_link_takes_the_keyboard_past_the_navigation_to_the_filters()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到正文", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("f-company", await page.EvaluateAsync<string>("document.activeElement.id"));

        // The whole filter form works from the keyboard: type, tab to the button, press Enter.
        await page.Keyboard.TypeAsync("吉利");
        await page.FocusAsync("form.filters button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadedUrlAsync("**/?company=*");
        Assert.Equal("共 1 起合作事件", await page.InnerTextAsync("#event-count"));
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);
}
