using Microsoft.Playwright;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a random loopback port) over a database of its own, and Debian's
/// Chromium driven by Playwright. Playwright cannot download its own browser here, so the
/// executable path is given.
/// </summary>
public class BrowserFixture : DatabaseFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private NewsHubAppFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public NewsHubAppFactory Factory => factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The site's address, e.g. http://127.0.0.1:45571, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots are kept as test artefacts: artifacts/screenshots at the repository root.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync();
        factory = new NewsHubAppFactory(ConnectionString);
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (scripts/install-deps.sh test).");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Fills the database before the app starts; override to import articles.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>A new page with its own cookies, Chinese first as a reader in China would have it.</summary>
    public async Task<IPage> NewPageAsync()
    {
        return await BrowserPages.NewPageAsync(Browser);
    }

    public override async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>The folder holding NewsHub.sln, found from the test binaries upwards.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NewsHub.sln not found above " + AppContext.BaseDirectory);
    }
}
