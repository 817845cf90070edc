using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Pages;

/// <summary>The app in memory (TestServer) over the <see cref="TimelineSeed"/> world, for fast HTTP page tests.</summary>
public class SeededAppFixture : WebAppFixture
{
    public TimelineSeed Seed { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        Seed = await TimelineSeed.WriteAsync(db);
    }

    /// <summary>The HTML of a page, failing the test unless it answers 200.</summary>
    public async Task<string> GetHtmlAsync(string url)
    {
        using var client = Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        return html;
    }
}
