using Microsoft.Playwright;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>How every browser test opens a page: Chinese locale, a desktop viewport, generous time limits.</summary>
internal static class BrowserPages
{
    // Playwright's 30 s default is for a machine of its own. Here several test classes run Kestrel,
    // Chromium and PostgreSQL at once on two cores, and a page load once took longer than that in CI.
    // The limits catch hangs; speed is measured by scripts/bench-web.sh.
    internal const float ActionTimeoutMs = 60_000;
    internal const float NavigationTimeoutMs = 90_000;

    public static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        return await context.NewPageAsync();
    }
}
