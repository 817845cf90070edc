using Microsoft.Playwright;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Production;

/// <summary>
/// The site the way README's Quick start serves it: scripts/run.sh builds, imports samples/ with the
/// <c>newshub</c> CLI and runs src/NewsHub.Web's own build output from that folder in the Production
/// environment. <c>WebApplicationFactory</c> cannot stand in: it runs in the Development-like test host,
/// where ASP.NET Core finds the build's static web assets by itself and hides what production misses.
/// </summary>
public sealed class ProductionAppFixture : DatabaseFixture
{
    private WebAppProcess? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The site's address, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>What the app printed, for failure messages.</summary>
    public string AppOutput => app?.Output ?? "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var samples = Path.Combine(BrowserFixture.RepositoryRoot(), "samples");
        var import = await NewsHubCli.RunAsync(ConnectionString, ["import", samples, "--recursive"]);
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException("newshub import samples failed:\n" + import.Output);
        }

        // As run.sh: from src/NewsHub.Web, so that its wwwroot is the content root's.
        var project = Path.Combine(BrowserFixture.RepositoryRoot(), "src", "NewsHub.Web");
        app = WebAppProcess.Start(ConnectionString, samples, environment: "Production", appDirectory: WebBuildOutput(project), workingDirectory: project);
        BaseUrl = await app.WaitForAddressAsync(TimeSpan.FromSeconds(90));

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public Task<IPage> NewPageAsync() => BrowserPages.NewPageAsync(Browser);

    public override async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        app?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>The web project's own build output in the configuration the tests were built in (bin/Release/net10.0).</summary>
    private static string WebBuildOutput(string project)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var output = Path.Combine(project, "bin", configuration, framework);
        return File.Exists(Path.Combine(output, "NewsHub.Web.dll"))
            ? output
            : throw new InvalidOperationException($"{output} has no NewsHub.Web.dll: build NewsHub.sln first.");
    }
}
