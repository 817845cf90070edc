using Microsoft.Playwright;
using NewsHub.IntegrationTests.Exports;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

/// <summary>The app on Kestrel over the partnership history, for browser tests of search, the network view and the CSV download.</summary>
public sealed class ExportsBrowserFixture : BrowserFixture
{
    public PartnershipHistory History { get; private set; } = null!;

    protected override async Task SeedAsync() => History = await PartnershipHistory.SeedAsync(CreateContext);
}

public class SearchBrowserTests(ExportsBrowserFixture app) : IClassFixture<ExportsBrowserFixture>
{
    [Fact]
    public async Task Searching_华为_from_the_search_box_lists_the_articles_with_the_name_marked()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Search");

        await page.GetByLabel("关键词").FillAsync("华为");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await page.WaitForLoadedUrlAsync("**/Search?q=*");

        Assert.Equal("3", await page.InnerTextAsync("#result-count"));
        var titles = await page.Locator(".hit h3").AllInnerTextsAsync();
        Assert.Equal(new[] { "北汽新能源：与华为合作进展顺利", "北汽与华为签署全面合作协议", "长安与华为成立合资公司" }.Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
        var marks = await page.Locator(".hit mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.Equal("华为", mark));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-huawei.png"), FullPage = true });

        await page.Locator(".hit h3 a").First.ClickAsync();
        await page.WaitForLoadedUrlAsync("**/Articles/*");
    }

    [Fact]
    public async Task A_search_without_hits_says_so_and_keeps_the_query_in_the_box()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Search?q=" + Uri.EscapeDataString("蔚来"));

        Assert.Contains("没有找到", await page.InnerTextAsync("#results-heading"), StringComparison.Ordinal);
        Assert.Equal("蔚来", await page.InputValueAsync("#q"));
    }
}
