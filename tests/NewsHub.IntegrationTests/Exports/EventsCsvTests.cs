using System.Net;
using System.Text;
using CsvHelper;

namespace NewsHub.IntegrationTests.Exports;

public class EventsCsvTests(PartnershipFixture app) : IClassFixture<PartnershipFixture>
{
    private async Task<(byte[] Bytes, HttpResponseMessage Response)> DownloadAsync(string query = "")
    {
        using var client = app.Factory.CreateClient();
        var response = await client.GetAsync(new Uri("/exports/events.csv" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    /// <summary>The records as dictionaries keyed by header, read back with an RFC 4180 reader.</summary>
    private static List<Dictionary<string, string>> Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, null);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var fields = reader.Current.ToArray();
            rows.Add(reader.Headers.Select((name, i) => (name, value: fields[i] ?? "")).ToDictionary(p => p.name, p => p.value));
        }

        return rows;
    }

    [Fact]
    public async Task Is_an_attachment_in_UTF8_with_a_byte_order_mark_for_Excel()
    {
        var (bytes, response) = await DownloadAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("event_id,date,date_text,", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        response.Dispose();
    }

    [Fact]
    public async Task Has_one_row_per_evidence_sentence_of_the_shown_events_newest_first()
    {
        var (bytes, response) = await DownloadAsync();
        response.Dispose();
        var rows = Read(bytes);

        Assert.Equal(
            [("北汽", "华为"), ("北汽", "华为"), ("长安", "华为"), ("长安", "宁德时代"), ("北汽", "百度")],
            rows.Select(r => (r["company_a"], r["company_b"])));
        Assert.Equal(rows[0]["event_id"], rows[1]["event_id"]);
        var first = rows[0];
        Assert.Equal("2021-09-28", first["date"]);
        Assert.Equal("2021年9月28日", first["date_text"]);
        Assert.Equal("day", first["date_precision"]);
        Assert.Equal("agreement", first["stage"]);
        Assert.Equal("签署协议", first["stage_text"]);
        Assert.Equal("2", first["article_count"]);
        Assert.Equal("北汽集团与华为今天签署全面合作协议。", first["evidence"]);
        Assert.Equal("北汽与华为签署全面合作协议", first["article_title"]);
        Assert.Equal("2021-09-28 09:00:00 +08:00", first["article_published_at"]);
        Assert.Equal("https://news.example.invalid/1", first["source_url"]);
        Assert.Contains("/Articles/", first["article_url"], StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r["article_title"] == "已移除的文章");
    }

    [Fact]
    public async Task Quotes_fields_with_commas_quotes_and_line_breaks()
    {
        var (bytes, response) = await DownloadAsync("?stage=joint-venture");
        response.Dispose();

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"长安与华为宣布成立合资公司，名为\"\"阿维塔\"\"，\n双方各持股50%。\"", text, StringComparison.Ordinal);
        Assert.Equal(PartnershipHistory.QuotedEvidence, Assert.Single(Read(bytes))["evidence"]);
    }

    [Fact]
    public async Task Prefixes_cells_that_would_run_as_spreadsheet_formulas()
    {
        var (bytes, response) = await DownloadAsync("?company=宁德时代");
        response.Dispose();

        var row = Assert.Single(Read(bytes));
        Assert.Equal("'" + PartnershipHistory.FormulaEvidence, row["evidence"]);
        var talks = Read((await DownloadAsync("?stage=talks")).Bytes).Single();
        Assert.Equal("'--07-23", talks["date"]);
        Assert.Equal("7月23日（年份不详）", talks["date_text"]);
    }

    [Fact]
    public async Task Applies_the_timeline_filters()
    {
        var (bytes, response) = await DownloadAsync("?company=北汽&from=2021-01");
        response.Dispose();

        var rows = Read(bytes);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(("北汽", "华为"), (r["company_a"], r["company_b"])));
    }

    [Fact]
    public async Task An_empty_result_is_a_header_alone()
    {
        var (bytes, response) = await DownloadAsync("?company=不存在的公司");
        response.Dispose();

        Assert.Empty(Read(bytes));
        Assert.StartsWith("event_id,", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }
}
