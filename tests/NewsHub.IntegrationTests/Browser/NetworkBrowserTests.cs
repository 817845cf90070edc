using Microsoft.Playwright;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

public class NetworkBrowserTests(ExportsBrowserFixture app) : IClassFixture<ExportsBrowserFixture>
{
    [Fact]
    public async Task Draws_companies_and_partnerships_with_a_table_of_the_same_pairs()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Network");

        Assert.Equal(5, await page.Locator("#network-svg .nodes circle").CountAsync());
        Assert.Equal(4, await page.Locator("#network-svg .edges path").CountAsync());
        Assert.Equal(4, await page.Locator("#network-table tbody tr").CountAsync());
        Assert.Equal("合作网络（全部年份）", await page.Locator("#network-title").TextContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "network.png"), FullPage = true });
    }

    [Fact]
    public async Task A_year_range_chosen_in_the_form_narrows_the_network()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Network");

        await page.SelectOptionAsync("#from", "2020");
        await page.SelectOptionAsync("#to", "2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "显示" }).ClickAsync();
        await page.WaitForLoadedUrlAsync("**/Network?from=2020&to=2021");

        var rows = await page.Locator("#network-table tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("北汽", StringComparison.Ordinal) && r.Contains("华为", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("长安", StringComparison.Ordinal) && r.Contains("华为", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Company_dots_are_focusable_links_to_the_company_pages()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Network");

        var link = page.Locator("#network-svg .nodes a").Filter(new() { HasText = "华为" });
        await link.FocusAsync();
        Assert.True(await link.EvaluateAsync<bool>("a => a === document.activeElement"));
        await link.Locator("circle").ClickAsync();
        await page.WaitForLoadedUrlAsync("**/Companies/**");
        Assert.EndsWith("/Companies/" + Uri.EscapeDataString("华为"), page.Url, StringComparison.Ordinal);
    }
}
