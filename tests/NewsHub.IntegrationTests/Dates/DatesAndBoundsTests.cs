using System.Net;
using System.Text.Json;
using NewsHub.IntegrationTests.Exports;

namespace NewsHub.IntegrationTests.Dates;

/// <summary>
/// Dates shown at the precision they are known and query values the app changes said out loud, over the
/// <see cref="PartnershipHistory"/>: 北汽–华为 on 2021-09-28, 长安–华为 in 2020-11, 长安–宁德时代 known only as 2016.
/// </summary>
public class DatesAndBoundsTests(PartnershipFixture app) : IClassFixture<PartnershipFixture>
{
    private async Task<string> GetTextAsync(string url)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var json = JsonDocument.Parse(await GetTextAsync(url));
        return json.RootElement.Clone();
    }

    private static List<(string Field, string Value)> Problems(JsonElement page) =>
        [.. page.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("value").GetString()!))];

    [Fact]
    public async Task A_reversed_year_range_covers_both_whole_years_and_says_it_was_swapped()
    {
        // Swapping the months read (2021-01 and 2016-12) would keep only 长安–华为.
        var page = await GetJsonAsync("/api/events?from=2021&to=2016");

        var pairs = page.GetProperty("items").EnumerateArray()
            .Select(e => string.Join("–", e.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("name").GetString())))
            .ToList();
        Assert.Equal(["北汽–华为", "长安–华为", "长安–宁德时代"], pairs);
        Assert.Contains(("range", "2021/2016"), Problems(page));
    }

    [Fact]
    public async Task The_timeline_says_a_reversed_range_was_swapped_and_shows_the_range_used()
    {
        var html = WebUtility.HtmlDecode(await GetTextAsync("/?from=2021-03&to=2016"));

        Assert.Contains("起止时间前后颠倒，已按2016年1月至2021年3月显示。", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events")]
    [InlineData("/api/companies")]
    [InlineData("/api/articles")]
    public async Task A_page_size_beyond_the_limit_is_cut_to_it_and_reported(string list)
    {
        var page = await GetJsonAsync(list + "?pageSize=100000");

        Assert.Equal(100, page.GetProperty("pageSize").GetInt32());
        Assert.Contains(("pageSize", "100000"), Problems(page));
        Assert.DoesNotContain(Problems(await GetJsonAsync(list + "?pageSize=100")), p => p.Field == "pageSize");
    }

    [Fact]
    public async Task A_year_only_event_is_filed_under_its_year_on_the_timeline_not_under_January()
    {
        var html = WebUtility.HtmlDecode(await GetTextAsync("/?company=" + Uri.EscapeDataString("宁德时代")));

        Assert.Contains("<time datetime=\"2016\">2016年（月份不详）</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2016年1月", html, StringComparison.Ordinal);
        Assert.DoesNotContain("datetime=\"2016-01\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_table_writes_a_year_only_date_as_the_year()
    {
        var html = await GetTextAsync("/Network");

        var row = html[html.IndexOf("宁德时代</a></td>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains(">2016</td>", row, StringComparison.Ordinal);
        Assert.DoesNotContain("2016-01-01", html, StringComparison.Ordinal);
        Assert.Contains(">2020-11</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pair_known_only_by_a_year_only_event_spans_that_year_not_its_January()
    {
        var html = WebUtility.HtmlDecode(await GetTextAsync($"/Pairs/{Uri.EscapeDataString("长安")}/{Uri.EscapeDataString("宁德时代")}"));

        var summary = html[html.IndexOf("id=\"pair-summary\"", StringComparison.Ordinal)..];
        summary = summary[..summary.IndexOf("</p>", StringComparison.Ordinal)];
        Assert.Contains("<time datetime=\"2016\">2016年</time>", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("2016年1月", summary, StringComparison.Ordinal);
    }
}
