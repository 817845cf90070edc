using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

public class SmokeBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Home_page_renders_in_Chromium_with_Chinese_text()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync(app.BaseUrl + "/");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Contains("NewsHub", await page.TitleAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "smoke-home.png"), FullPage = true });
    }
}
