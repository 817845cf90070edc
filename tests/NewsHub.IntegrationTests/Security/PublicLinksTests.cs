using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Security;

/// <summary>Absolute links in the API and the feeds followed whatever <c>Host</c> header a client sent.</summary>
public sealed class PublicLinksTests : IAsyncLifetime
{
    private const string PublicBase = "https://newshub.example/news/";
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-links-root-").FullName;
    private AdminAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Importing.SeedCatalogAsync(database);
        factory = new AdminAppFactory(database.ConnectionString, importRoot, runWorker: false, new Dictionary<string, string> { ["Site:PublicBaseUrl"] = "https://newshub.example/news" });
    }

    [Fact]
    public async Task Api_and_feed_links_use_the_configured_address_whatever_host_a_client_names()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var companies = await client.GetFromJsonAsync<JsonElement>("/api/companies?pageSize=1");
        var company = companies.GetProperty("items")[0];
        Assert.StartsWith(PublicBase + "Companies/", company.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal($"{PublicBase}feeds/companies/{company.GetProperty("id").GetInt32()}.atom", company.GetProperty("feedUrl").GetString());

        var feed = XDocument.Parse(await client.GetStringAsync($"/feeds/companies/{company.GetProperty("id").GetInt32()}.atom"));
        var links = feed.Descendants().Where(e => e.Name.LocalName == "link").Select(l => (string?)l.Attribute("href")).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith(PublicBase, href, StringComparison.Ordinal));
        Assert.DoesNotContain("evil.example", feed.ToString(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }
}
