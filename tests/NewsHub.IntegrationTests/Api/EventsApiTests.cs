using System.Net;
using System.Text.Json;
using NewsHub.IntegrationTests.Exports;

namespace NewsHub.IntegrationTests.Api;

public class EventsApiTests(PartnershipFixture app) : IClassFixture<PartnershipFixture>
{
    private async Task<JsonElement> GetAsync(string query)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/events" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static List<string> Pairs(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(e => string.Join("–", e.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("name").GetString())))];

    [Fact]
    public async Task Lists_shown_events_newest_first_with_total_and_paging()
    {
        var page = await GetAsync("");

        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, page.GetProperty("pageCount").GetInt32());
        Assert.Equal(["北汽–华为", "长安–华为", "长安–宁德时代", "北汽–百度"], Pairs(page));
    }

    [Fact]
    public async Task Writes_each_event_with_companies_stage_date_at_its_precision_counts_and_evidence()
    {
        var first = (await GetAsync("?pageSize=1")).GetProperty("items")[0];

        Assert.EndsWith($"/Events/{first.GetProperty("id").GetInt64()}", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        var companies = first.GetProperty("companies").EnumerateArray().ToList();
        Assert.Equal("北汽", companies[0].GetProperty("name").GetString());
        Assert.Equal("carmaker", companies[0].GetProperty("role").GetString());
        Assert.Equal("tech", companies[1].GetProperty("role").GetString());
        Assert.Equal("agreement", first.GetProperty("stage").GetString());
        Assert.False(first.GetProperty("planned").GetBoolean());
        Assert.Equal("2021-09-28", first.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("day", first.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal(2, first.GetProperty("articleCount").GetInt32());
        Assert.Equal(2, first.GetProperty("mentionCount").GetInt32());
        var evidence = first.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal("北汽集团与华为今天签署全面合作协议。", evidence[0].GetProperty("text").GetString());
        Assert.Equal("签署", evidence[0].GetProperty("trigger").GetString());
        var article = evidence[0].GetProperty("article");
        Assert.Equal("北汽与华为签署全面合作协议", article.GetProperty("title").GetString());
        Assert.Equal("https://news.example.invalid/1", article.GetProperty("sourceUrl").GetString());
        Assert.Equal("2021-09-28T09:00:00+08:00", article.GetProperty("publishedAt").GetString());
        Assert.StartsWith("http://localhost/Articles/", article.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_a_year_less_date_as_month_and_day()
    {
        var talks = (await GetAsync("?stage=talks")).GetProperty("items")[0];

        Assert.Equal("--07-23", talks.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("month_day", talks.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal(JsonValueKind.Null, talks.GetProperty("sortDate").ValueKind);
    }

    [Theory]
    [InlineData("?company=华为", new[] { "北汽–华为", "长安–华为" })]
    [InlineData("?company=北汽新能源", new[] { "北汽–华为", "北汽–百度" })]
    [InlineData("?company=北京汽车&partner=华为", new[] { "北汽–华为" })]
    [InlineData("?company=北汽&role=tech", new[] { "北汽–华为", "北汽–百度" })]
    [InlineData("?role=battery", new[] { "长安–宁德时代" })]
    [InlineData("?stage=joint-venture", new[] { "长安–华为" })]
    [InlineData("?from=2020-01&to=2020-12", new[] { "长安–华为" })]
    [InlineData("?from=2016&to=2020", new[] { "长安–华为", "长安–宁德时代" })]
    [InlineData("?q=阿维塔", new[] { "长安–华为" })]
    public async Task Applies_the_timeline_filters(string query, string[] expected)
    {
        Assert.Equal(expected, Pairs(await GetAsync(query)));
    }

    [Fact]
    public async Task Hides_events_reported_only_by_articles_gone_from_their_folders()
    {
        var page = await GetAsync("?company=长安&partner=百度");

        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_unknown_company_matches_nothing_and_is_reported()
    {
        var page = await GetAsync("?company=不存在的公司");

        Assert.Equal(0, page.GetProperty("total").GetInt32());
        var problem = Assert.Single(page.GetProperty("problems").EnumerateArray());
        Assert.Equal("company", problem.GetProperty("field").GetString());
        Assert.Equal("不存在的公司", problem.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Pages_with_the_same_order_as_the_whole_list()
    {
        var second = await GetAsync("?pageSize=2&page=2");

        Assert.Equal(4, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("pageCount").GetInt32());
        Assert.Equal(["长安–宁德时代", "北汽–百度"], Pairs(second));
        Assert.Empty((await GetAsync("?pageSize=2&page=9")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Keeps_page_size_within_bounds()
    {
        Assert.Equal(100, (await GetAsync("?pageSize=100000")).GetProperty("pageSize").GetInt32());
        Assert.Equal(1, (await GetAsync("?pageSize=0")).GetProperty("pageSize").GetInt32());
    }
}
