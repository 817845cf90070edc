using Microsoft.Playwright;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Pages;

namespace NewsHub.IntegrationTests.Browser;

public class ArticleBrowserTests(SeededBrowserFixture app) : IClassFixture<SeededBrowserFixture>
{
    [Fact]
    public async Task An_event_opened_from_the_timeline_leads_through_its_evidence_to_the_article_with_names_marked()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/?company=" + Uri.EscapeDataString("北汽") + "&partner=" + Uri.EscapeDataString("华为") + "&from=2021-01");

        await page.ClickAsync(".event-title a");
        await page.WaitForLoadedUrlAsync($"**/Events/{app.Seed.BaicHuaweiAgreement.Id}");
        Assert.Equal("北汽 × 华为", await page.InnerTextAsync("h1"));
        Assert.Equal(2, await page.Locator(".mention").CountAsync());
        await page.ScreenshotAsync(new() { Path = Shot("event.png"), FullPage = true });

        await page.ClickAsync($".mention-source a[href^='/Articles/{app.Seed.BaicHuawei2021.Id}']");
        await page.WaitForLoadedUrlAsync($"**/Articles/{app.Seed.BaicHuawei2021.Id}#evidence-*");
        Assert.Equal("北汽与华为签署全面合作协议", await page.InnerTextAsync("h1"));

        var marked = await page.Locator(".article-body mark.company").AllInnerTextsAsync();
        Assert.Equal(["北汽集团", "华为", "北京汽车"], marked);
        Assert.Equal("北汽", await page.GetAttributeAsync(".article-body mark.company >> nth=0", "title"));
        Assert.Equal(1, await page.Locator(".article-body .evidence-anchor").CountAsync());
        await page.ScreenshotAsync(new() { Path = Shot("article.png"), FullPage = true });
    }

    [Fact]
    public async Task The_pair_page_lists_every_event_and_mention_between_two_groups()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Pairs/" + Uri.EscapeDataString("华为") + "/" + Uri.EscapeDataString("北汽"));

        Assert.Equal("华为 × 北汽", await page.InnerTextAsync("h1"));
        Assert.Equal(3, await page.Locator("ol.events > li").CountAsync());
        Assert.Equal(4, await page.Locator(".mention").CountAsync());
        await page.ScreenshotAsync(new() { Path = Shot("pair.png"), FullPage = true });
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);
}
