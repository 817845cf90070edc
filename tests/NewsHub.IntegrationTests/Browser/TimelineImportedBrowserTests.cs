using Microsoft.Playwright;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Pages;

namespace NewsHub.IntegrationTests.Browser;

/// <summary>The browsing pages over articles that went through the real import pipeline.</summary>
public class TimelineImportedBrowserTests(ImportedBrowserFixture app) : IClassFixture<ImportedBrowserFixture>
{
    [Fact]
    public async Task Imported_partnerships_show_on_the_timeline_with_both_names_and_the_trigger_marked()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");

        var evidences = page.Locator(".event .evidence");
        Assert.True(await evidences.CountAsync() >= 10, "the samples and seeds hold more than ten partnerships");
        foreach (var evidence in await evidences.AllAsync())
        {
            Assert.True(await evidence.Locator("mark.hl-company").CountAsync() >= 2, await evidence.InnerTextAsync());
            Assert.Equal(1, await evidence.Locator("mark.hl-trigger").CountAsync());
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "timeline-imported.png"), FullPage = false });
    }

    [Fact]
    public async Task A_pair_from_the_samples_leads_from_its_event_to_the_sentence_in_the_article()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/?company=" + Uri.EscapeDataString("北汽") + "&partner=" + Uri.EscapeDataString("华为"));
        Assert.True(await page.Locator(".event").CountAsync() >= 1);

        await page.ClickAsync(".event-title a >> nth=0");
        await page.WaitForLoadedUrlAsync("**/Events/*");
        var source = page.Locator(".mention-source a[href*='#evidence-']").First;
        var href = await source.GetAttributeAsync("href") ?? "";
        await source.ClickAsync();
        await page.WaitForLoadedUrlAsync("**/Articles/*");

        // The evidence sentence was found in the article's own HTML: its anchor sits in the body, and the
        // names the tagger found are marked there.
        var mentionId = href[(href.IndexOf("#evidence-", StringComparison.Ordinal) + "#evidence-".Length)..];
        Assert.Equal(1, await page.Locator($".article-body #at-{mentionId}").CountAsync());
        var marked = await page.Locator(".article-body mark.company").AllInnerTextsAsync();
        Assert.Contains(marked, name => name.Contains("华为", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "article-imported.png"), FullPage = true });
    }
}
