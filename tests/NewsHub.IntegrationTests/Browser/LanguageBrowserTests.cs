using Microsoft.Playwright;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Pages;

namespace NewsHub.IntegrationTests.Browser;

public class LanguageBrowserTests(SeededBrowserFixture app) : IClassFixture<SeededBrowserFixture>
{
    [Fact]
    public async Task The_English_switch_translates_the_interface_and_is_remembered_across_pages()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/?company=" + Uri.EscapeDataString("北汽"));
        Assert.Equal("合作时间线", await page.InnerTextAsync("h1"));
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));

        await page.ClickAsync("#lang-switch");
        await page.WaitForLoadedUrlAsync("**lang=en*");
        Assert.Equal("Partnership timeline", await page.InnerTextAsync("h1"));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("3 partnership events", await page.InnerTextAsync("#event-count"));
        Assert.Contains("BAIC", await page.InnerTextAsync(".event-title >> nth=0"), StringComparison.Ordinal);
        Assert.Contains("company=", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("timeline-en.png"), FullPage = true });

        await page.ClickAsync("nav.site-nav >> text=Companies");
        await page.WaitForLoadedUrlAsync("**/Companies");
        Assert.Equal("Companies", await page.InnerTextAsync("h1"));

        await page.ClickAsync("#lang-switch");
        await page.WaitForLoadedUrlAsync("**lang=zh-CN");
        Assert.Equal("公司", await page.InnerTextAsync("h1"));
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);
}
