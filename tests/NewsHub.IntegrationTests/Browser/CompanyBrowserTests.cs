using Microsoft.Playwright;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Pages;

namespace NewsHub.IntegrationTests.Browser;

public class CompanyBrowserTests(SeededBrowserFixture app) : IClassFixture<SeededBrowserFixture>
{
    [Fact]
    public async Task The_company_page_shows_partners_over_time_and_a_lane_cell_opens_that_year_on_the_timeline()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Companies");
        await page.ScreenshotAsync(new() { Path = Shot("companies.png"), FullPage = true });
        await page.ClickAsync("a[href='/Companies/" + Uri.EscapeDataString("华为") + "']");
        await page.WaitForLoadedUrlAsync("**/Companies/*");

        Assert.Equal(["2018", "2019", "2020", "2021"], await page.Locator("#partner-lanes thead th").AllInnerTextsAsync() is var heads ? heads.Skip(1).Take(4).ToList() : []);
        Assert.Equal(["北汽 车企"], await page.Locator("#partner-lanes tbody th").AllInnerTextsAsync());
        Assert.Contains("华为技术", await page.InnerTextAsync("#company-names"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("company.png"), FullPage = true });

        await page.ClickAsync("#partner-lanes a.lane-cell >> nth=-1");
        await page.WaitForLoadedUrlAsync("**/?company=*");
        Assert.Contains("from=2021-01", page.Url, StringComparison.Ordinal);
        Assert.Equal("共 1 起合作事件", await page.InnerTextAsync("#event-count"));
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);
}
