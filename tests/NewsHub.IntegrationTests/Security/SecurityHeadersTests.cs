using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Security;

/// <summary>Every response says what the browser may run and frame; pages give it nothing inline to run.</summary>
public sealed partial class SecurityHeadersTests : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-headers-root-").FullName;
    private AdminAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new AdminAppFactory(database.ConnectionString, importRoot, runWorker: false);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Articles")]
    [InlineData("/Admin/SignIn")]
    [InlineData("/Admin")]
    [InlineData("/api/events")]
    [InlineData("/css/site.css")]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal("script-src 'self'", csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal)));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void No_page_has_inline_script_or_event_handler_attributes()
    {
        var web = Path.Combine(BrowserFixture.RepositoryRoot(), "src", "NewsHub.Web");
        var views = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(views);
        foreach (var view in views)
        {
            var text = File.ReadAllText(view);
            Assert.False(InlineScript().IsMatch(text), $"{view} has an inline <script>; the Content-Security-Policy blocks it: move it to wwwroot/js");
            Assert.False(EventHandler().IsMatch(text), $"{view} has an on… event-handler attribute; the Content-Security-Policy blocks it");
        }
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    // A script element without a src attribute.
    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("""<[a-z][^>]*\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
