using System.Text;
using CsvHelper;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

public class CsvDownloadBrowserTests(ExportsBrowserFixture app) : IClassFixture<ExportsBrowserFixture>
{
    [Fact]
    public async Task Downloading_the_CSV_of_a_year_range_gives_its_events_with_evidence_and_source()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Network?from=2020&to=2021");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv-download"));
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, "..", "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes, null);
        var rows = new List<(string A, string B, string Evidence, string Title)>();
        while (reader.Read())
        {
            rows.Add((reader["company_a"].ToString(), reader["company_b"].ToString(), reader["evidence"].ToString(), reader["article_title"].ToString()));
        }

        Assert.Equal([("北汽", "华为"), ("北汽", "华为"), ("长安", "华为")], rows.Select(r => (r.A, r.B)));
        Assert.Equal("北汽集团与华为今天签署全面合作协议。", rows[0].Evidence);
        Assert.Equal("北汽与华为签署全面合作协议", rows[0].Title);
        Assert.Contains("阿维塔", rows[2].Evidence, StringComparison.Ordinal);
        Assert.Contains("event_id", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
