using Microsoft.Playwright;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>The app with an admin password and an import root, on Kestrel, driven by Debian's Chromium.</summary>
public sealed class AdminBrowserFixture : DatabaseFixture
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string ImportRoot { get; } = Directory.CreateTempSubdirectory("newshub-admin-browser-").FullName;

    public AdminAppFactory Factory { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory = new AdminAppFactory(ConnectionString, ImportRoot);
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        return await BrowserPages.NewPageAsync(browser!);
    }

    public override async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Factory.DisposeAsync();
        await base.DisposeAsync();
        Directory.Delete(ImportRoot, recursive: true);
    }
}
