using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using NewsHub.Data.Catalog;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies;
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
        // The report comes a page at a time; its count line says how many lines there are in all.
        Assert.Equal(Math.Min(files, 100), await page.Locator("#report-table tbody tr").CountAsync());
        Assert.Contains($"共 {files} 条", await page.InnerTextAsync("#report-count"), StringComparison.Ordinal);
        Assert.Equal(files, int.Parse(await page.InnerTextAsync("#count-new"), System.Globalization.CultureInfo.InvariantCulture)
            + int.Parse(await page.InnerTextAsync("#count-duplicate"), System.Globalization.CultureInfo.InvariantCulture)
            + int.Parse(await page.InnerTextAsync("#count-failed"), System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-import-report.png"), FullPage = true });

        await page.ClickAsync("#history-link");
        Assert.Contains(folder, await page.InnerTextAsync("#history-table"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_with_failed_files_says_so_and_its_report_puts_them_first_in_words_and_finds_them_by_reason()
    {
        var folder = Path.Combine(app.ImportRoot, "with-failures");
        VersionedCorpus.Write(folder, "A", take: 3);
        Directory.CreateDirectory(Path.Combine(folder, "broken"));
        File.WriteAllText(Path.Combine(folder, "broken", "empty-1.md"), "");
        File.WriteAllText(Path.Combine(folder, "broken", "empty-2.txt"), " \n ");
        File.WriteAllText(Path.Combine(folder, "broken", "bad-yaml.md"), "---\ntitle: [未闭合\n---\n正文。");
        var page = await app.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync(app.BaseUrl + "/Admin/Imports/Create");
        await page.FillAsync("#Folder", folder);
        await page.ClickAsync("#start-import");
        await page.WaitForLoadedUrlAsync("**/Admin/Imports/Details/*");
        // The page reloads itself once the run ends; the report is then there (Expect polls for it).
        await Assertions.Expect(page.Locator("#report-table")).ToBeVisibleAsync(new() { Timeout = BrowserPages.NavigationTimeoutMs });
        await page.WaitForDocumentLoadedAsync();

        Assert.Equal("完成，6 个文件中 3 个失败 Completed, 3 of 6 failed", await page.InnerTextAsync("#run-status"));
        var rows = page.Locator("#report-table tbody tr");
        var table = await page.InnerTextAsync("#report-table");
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await rows.Nth(i).GetAttributeAsync("class") == "outcome-failed", $"row {i} of the report is not a failure:\n{table}");
        }

        Assert.Contains("文件是空的", await page.InnerTextAsync("#report-table"), StringComparison.Ordinal);
        Assert.StartsWith("broken/bad-yaml.md", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        await ShootAsync(page, "admin-run-failures");

        // A plain GET form: the reason is found by the words on the page, not by what is stored.
        await page.FillAsync("#report-q", "空的");
        await page.ClickAsync("#report-find");
        await page.WaitForLoadedUrlAsync("**/Admin/Imports/Details/*?q=*");
        Assert.Equal(2, await page.Locator("#report-table tbody tr").CountAsync());

        await page.GotoAsync(app.BaseUrl + "/Admin/Imports");
        Assert.Contains("完成，6 个文件中 3 个失败", await page.InnerTextAsync("#history-table"), StringComparison.Ordinal);
        await ShootAsync(page, "admin-history");
    }

    [Fact]
    public async Task The_catalog_comes_a_page_at_a_time_and_is_searched_without_script()
    {
        await using (var db = app.CreateContext())
        {
            await new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance).SeedIfEmptyAsync(CompanyCatalogFile.Default, CancellationToken.None);
        }

        var page = await app.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync(app.BaseUrl + "/Admin/Catalog");
        Assert.Equal(100, await page.Locator("#catalog-table tbody tr").CountAsync());
        await ShootAsync(page, "admin-catalog");
        await page.ClickAsync("nav.pager a[rel=next]");
        await page.WaitForLoadedUrlAsync("**/Admin/Catalog?page=2");
        Assert.Contains("第 2 /", await page.InnerTextAsync("#catalog-count"), StringComparison.Ordinal);

        await page.FillAsync("#q", "oppo");
        await page.PressAsync("#q", "Enter");
        await page.WaitForLoadedUrlAsync("**/Admin/Catalog?q=oppo");
        Assert.Contains("OPPO", await page.InnerTextAsync("#catalog-table"), StringComparison.Ordinal);
        Assert.InRange(await page.Locator("#catalog-table tbody tr").CountAsync(), 1, 5);
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

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(app.BaseUrl + "/Admin/SignIn");
        await page.FillAsync("#Password", AdminAppFactory.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForLoadedUrlAsync(app.BaseUrl + "/Admin");
    }

    /// <summary>Full-page screenshots at a desktop and a phone width, to look at.</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        foreach (var width in new[] { 1400, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(1280, 900);
    }
}
