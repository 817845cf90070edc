using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

/// <summary>A 404 in Chromium is the site's own page, in its layout, with a search box and the way back; not the browser's.</summary>
public class ErrorPageBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_missing_company_shows_the_404_page_in_the_layout_with_search_and_the_way_back()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync(app.BaseUrl + "/Companies/nosuch");

        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        Assert.Equal("找不到这个页面", await page.InnerTextAsync("h1"));
        Assert.True(await page.IsVisibleAsync("header.site-header nav.site-nav"));
        Assert.True(await page.IsVisibleAsync("footer.site-footer"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "error-404.png"), FullPage = true });

        await page.FillAsync("main form[role=search] input[name=q]", "华为");
        await page.PressAsync("main form[role=search] input[name=q]", "Enter");
        await page.WaitForLoadedUrlAsync("**/Search?q=*");
        Assert.Equal("搜索文章", await page.InnerTextAsync("h1"));

        await page.GotoAsync(app.BaseUrl + "/Events/999999");
        await page.ClickAsync("#back-to-timeline");
        await page.WaitForLoadedUrlAsync(app.BaseUrl + "/");
        Assert.Equal("合作时间线", await page.InnerTextAsync("h1"));
    }
}
