using System.Net;
using System.Text.Json;
using NewsHub.IntegrationTests.Pages;

namespace NewsHub.IntegrationTests.Operations;

/// <summary>Input no reader means but anyone can send: it gets an answer, never a 500.</summary>
public sealed class OddInputTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    [Theory]
    [InlineData("/?q=%00")]
    [InlineData("/?q=%00abc&company=%E5%8D%8E%E4%B8%BA%00")]
    [InlineData("/Search?q=%00")]
    [InlineData("/Search?q=%E5%8D%8E%00%E4%B8%BA")]
    [InlineData("/Articles?q=%00")]
    [InlineData("/Companies?q=%01%7F")]
    [InlineData("/exports/events.csv?q=%00")]
    public async Task A_control_character_in_the_query_string_does_not_fail_a_page(string url)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        Assert.DoesNotContain('\0', body);
    }

    [Theory]
    [InlineData("/api/events?q=%00abc")]
    [InlineData("/api/articles?q=%00")]
    [InlineData("/api/companies?q=%00")]
    public async Task A_control_character_in_the_query_string_does_not_fail_the_api(string url)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.TryGetProperty("items", out _), body);
    }

    [Fact]
    public async Task A_search_with_a_nul_finds_what_the_words_alone_find()
    {
        using var client = app.Factory.CreateClient();
        var plain = await client.GetStringAsync(new Uri("/api/events?q=%E5%8D%8E%E4%B8%BA", UriKind.Relative));
        var withNul = await client.GetStringAsync(new Uri("/api/events?q=%00%E5%8D%8E%E4%B8%BA", UriKind.Relative));

        Assert.Equal(Total(plain), Total(withNul));
        Assert.True(Total(plain) > 0, plain);
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/Companies")]
    [InlineData("DELETE", "/Search")]
    [InlineData("PUT", "/Events/1")]
    public async Task A_method_a_page_does_not_take_answers_405_with_the_methods_it_does(string method, string url)
    {
        using var client = app.Factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        ErrorPageTests.AssertErrorPage(html, "不支持这种请求方式", "zh-CN");
    }

    private static int Total(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("total").GetInt32();
    }
}
