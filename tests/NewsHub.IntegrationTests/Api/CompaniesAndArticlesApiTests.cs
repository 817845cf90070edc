using System.Net;
using System.Text.Json;
using NewsHub.IntegrationTests.Exports;

namespace NewsHub.IntegrationTests.Api;

public class CompaniesAndArticlesApiTests(PartnershipFixture app) : IClassFixture<PartnershipFixture>
{
    private async Task<JsonElement> GetAsync(string path)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static List<string?> Names(JsonElement page, string property = "name") =>
        [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty(property).GetString())];

    [Fact]
    public async Task Lists_company_groups_with_brands_aliases_and_event_counts()
    {
        var page = await GetAsync("/api/companies");

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        var baic = page.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "北汽");
        Assert.Equal(2, baic.GetProperty("eventCount").GetInt32());
        Assert.Equal(["北汽新能源"], baic.GetProperty("brands").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["北京汽车"], baic.GetProperty("aliases").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("BAIC", baic.GetProperty("englishNames")[0].GetString());
        Assert.EndsWith($"/feeds/companies/{app.Baic.Id}.atom", baic.GetProperty("feedUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_companies_by_their_own_role_and_by_the_events_they_share()
    {
        Assert.Equal(["华为", "百度"], Names(await GetAsync("/api/companies?role=tech")));
        Assert.Equal(["北汽", "长安"], Names(await GetAsync("/api/companies?company=华为")));
        Assert.Equal(["华为", "长安"], Names(await GetAsync("/api/companies?stage=joint-venture")));
    }

    [Fact]
    public async Task Lists_articles_newest_first_with_the_companies_they_name()
    {
        var page = await GetAsync("/api/articles?company=华为");

        Assert.Equal(["北汽新能源：与华为合作进展顺利", "北汽与华为签署全面合作协议", "长安与华为成立合资公司"], Names(page, "title"));
        var companies = page.GetProperty("items")[0].GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("name").GetString());
        Assert.Equal(["北汽", "华为"], companies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Narrows_articles_to_a_pair_and_a_month_range_in_Beijing_time()
    {
        Assert.Equal(["北汽新能源：与华为合作进展顺利", "北汽与华为签署全面合作协议"], Names(await GetAsync("/api/articles?company=北汽&partner=华为"), "title"));
        Assert.Equal(["北汽与华为签署全面合作协议"], Names(await GetAsync("/api/articles?from=2021-09&to=2021-09"), "title"));
    }

    [Fact]
    public async Task Searches_articles_with_q_and_returns_escaped_highlighted_snippets()
    {
        var page = await GetAsync("/api/articles?q=宁德时代");

        var hit = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("<b>长安</b>与宁德时代签约", hit.GetProperty("title").GetString());
        Assert.Contains("<mark>宁德时代</mark>", hit.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.Contains("&quot;", hit.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Does_not_list_hidden_articles()
    {
        var page = await GetAsync("/api/articles?pageSize=100");

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.DoesNotContain("已移除的文章", Names(page, "title"));
    }
}
