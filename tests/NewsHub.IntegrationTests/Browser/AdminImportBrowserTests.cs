using Microsoft.Playwright;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

public class AdminImportBrowserTests(AdminBrowserFixture app) : IClassFixture<AdminBrowserFixture>
{
    [Fact]
    public async Task Admin_signs_in_imports_a_folder_watches_its_progress_and_reads_the_report()
    {
        var folder = Path.Combine(app.ImportRoot, "corpus");
        var files = VersionedCorpus.Write(folder, "A");
        var page = await app.NewPageAsync();

        await page.GotoAsync(app.BaseUrl + "/Admin");
        Assert.Contains("/Admin/SignIn?ReturnUrl=%2FAdmin", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#Password", AdminAppFactory.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForLoadedUrlAsync(app.BaseUrl + "/Admin");

        await page.ClickAsync("#new-import-link");
        await page.FillAsync("#Folder", folder);
        await page.CheckAsync("#Recursive");
        await page.ClickAsync("#start-import");
        await page.WaitForLoadedUrlAsync("**/Admin/Imports/Details/*");

        // Watch: the page polls its JSON and updates the counters until the run ends, then shows the report.
        var seen = new List<string>();
        var report = page.Locator("#report");
        while (await report.CountAsync() == 0)
        {
            seen.Add(await page.InnerTextAsync("#files-done"));
            if (seen.Count == 3)
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-import-progress.png"), FullPage = true });
            }

            await page.WaitForTimeoutAsync(150);
            Assert.True(seen.Count < 2000, "the import did not end within five minutes");
        }

        // The report shows after the page reloads itself; its first rows arrive before its last (CI once counted 87 of 161).
        await page.WaitForDocumentLoadedAsync();

        Assert.Equal("Succeeded", await page.GetAttributeAsync("#run-status", "data-status"));
        Assert.Equal(files.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InnerTextAsync("#files-done"));
        Assert.Equal(files, await page.Locator("#report-table tbody tr").CountAsync());
        Assert.Equal(files, int.Parse(await page.InnerTextAsync("#count-new"), System.Globalization.CultureInfo.InvariantCulture)
            + int.Parse(await page.InnerTextAsync("#count-duplicate"), System.Globalization.CultureInfo.InvariantCulture)
            + int.Parse(await page.InnerTextAsync("#count-failed"), System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-import-report.png"), FullPage = true });

        await page.ClickAsync("#history-link");
        Assert.Contains(folder, await page.InnerTextAsync("#history-table"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Admin/SignIn");

        await page.EvaluateAsync("document.querySelector('input[name=__RequestVerificationToken]').remove()");
        await page.FillAsync("#Password", AdminAppFactory.Password);
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#sign-in"), r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        // The same browser context, so it carries whatever cookie the refused post might have set.
        var next = await page.Context.NewPageAsync();
        await next.GotoAsync(app.BaseUrl + "/Admin");
        Assert.Contains("/Admin/SignIn", next.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_outside_the_import_roots_is_refused_on_the_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Admin/SignIn");
        await page.FillAsync("#Password", AdminAppFactory.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForLoadedUrlAsync(app.BaseUrl + "/Admin");

        await page.GotoAsync(app.BaseUrl + "/Admin/Imports/Create");
        await page.FillAsync("#Folder", app.ImportRoot + "/../../etc");
        await page.ClickAsync("#start-import");

        Assert.Contains("..", await page.InnerTextAsync("#import-errors"), StringComparison.Ordinal);
        Assert.EndsWith("/Admin/Imports/Create", page.Url, StringComparison.Ordinal);
    }
}
