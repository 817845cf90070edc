using System.Net;
using System.Text.Json;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Pages;

namespace NewsHub.IntegrationTests.Operations;

/// <summary>
/// Errors answer with a page in the site's layout, Chinese first, with a way back (404, and 500 through the
/// exception handler), and under /api with a JSON problem; never an empty body and the browser's own error page.
/// </summary>
public sealed class ErrorPageTests(ErrorPageTests.Fixture app) : IClassFixture<ErrorPageTests.Fixture>
{
    [Theory]
    [InlineData("/Companies/nosuch")]
    [InlineData("/Events/999999")]
    [InlineData("/Articles/-1")]
    [InlineData("/Pairs/nosuch/other")]
    [InlineData("/no/such/page")]
    public async Task A_missing_page_answers_404_with_the_error_page_in_the_layout(string url)
    {
        var (response, html) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        AssertErrorPage(html, "找不到这个页面", "zh-CN");
    }

    [Theory]
    [InlineData("/Companies/nosuch?company=x", "/Companies/nosuch?company=x&amp;lang=en")]
    [InlineData(FaultyAppFactory.FaultPath, FaultyAppFactory.FaultPath + "?lang=en")]
    public async Task The_language_switch_of_an_error_page_leads_back_to_the_address_that_failed(string url, string switchHref)
    {
        var (_, html) = await GetAsync(url);

        Assert.Contains($"id=\"lang-switch\" href=\"{switchHref}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_404_page_is_in_English_when_the_reader_chose_English()
    {
        var (response, html) = await GetAsync("/Companies/nosuch?lang=en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertErrorPage(html, "Page not found", "en");
    }

    [Fact]
    public async Task A_failing_page_answers_500_with_the_error_page_for_any_method()
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
        {
            using var client = app.Factory.CreateClient();
            using var request = new HttpRequestMessage(method, new Uri(FaultyAppFactory.FaultPath, UriKind.Relative));
            using var response = await client.SendAsync(request);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            AssertErrorPage(html, "出错了", "zh-CN");
            Assert.DoesNotContain("A fault the tests asked for", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_500_page_is_in_English_when_the_reader_chose_English()
    {
        var (response, html) = await GetAsync(FaultyAppFactory.FaultPath + "?lang=en");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertErrorPage(html, "Something went wrong", "en");
    }

    [Theory]
    [InlineData("/api/nosuch", HttpStatusCode.NotFound)]
    [InlineData(FaultyAppFactory.ApiFaultPath, HttpStatusCode.InternalServerError)]
    public async Task The_api_answers_a_json_problem_not_a_page(string url, HttpStatusCode status)
    {
        var (response, body) = await GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("A fault the tests asked for", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_visited_directly_never_answers_200()
    {
        var (missing, _) = await GetAsync("/Error");
        var (failed, html) = await GetAsync("/Error/500");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        AssertErrorPage(html, "出错了", "zh-CN");
    }

    /// <summary>The layout (header, navigation, language), the message, a search box and the way back to the timeline.</summary>
    internal static void AssertErrorPage(string html, string heading, string language)
    {
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains("<header class=\"site-header\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 id=\"heading\">{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/Search\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\" id=\"back-to-timeline\">", html, StringComparison.Ordinal);
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        using var client = app.Factory.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The <see cref="TimelineSeed"/> world, and the app with its test-only fault.</summary>
    public sealed class Fixture : DatabaseFixture
    {
        private FaultyAppFactory? factory;

        public FaultyAppFactory Factory => factory ?? throw new InvalidOperationException("The fixture is not initialised.");

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using (var db = CreateContext())
            {
                await TimelineSeed.WriteAsync(db);
            }

            factory = new FaultyAppFactory(ConnectionString);
        }

        public override async Task DisposeAsync()
        {
            if (factory is not null)
            {
                await factory.DisposeAsync();
            }

            await base.DisposeAsync();
        }
    }
}
