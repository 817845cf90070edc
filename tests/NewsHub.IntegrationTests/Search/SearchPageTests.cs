using System.Net;

namespace NewsHub.IntegrationTests.Search;

public class SearchPageTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    [Fact]
    public async Task Reads_the_page_number_from_the_query_string()
    {
        using var client = app.Factory.CreateClient();

        var first = await client.GetStringAsync(new Uri("/Search?q=华为", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/Search?q=华为&page=2", UriKind.Relative));
        var secondHtml = await second.Content.ReadAsStringAsync();

        // The fixture's three 华为 articles fit on page 1; page 2 of twenty hits a page has none of them.
        // (The title is matched after its 华为, which the page wraps in <mark>.)
        const string titleAfterMatch = "与北汽签署全面合作协议";
        Assert.Contains(titleAfterMatch, first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.DoesNotContain(titleAfterMatch, secondHtml, StringComparison.Ordinal);
    }
}
