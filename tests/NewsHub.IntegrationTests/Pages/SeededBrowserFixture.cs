using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Pages;

/// <summary>The app in Chromium over the <see cref="TimelineSeed"/> world.</summary>
public class SeededBrowserFixture : BrowserFixture
{
    public TimelineSeed Seed { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        await using var db = CreateContext();
        Seed = await TimelineSeed.WriteAsync(db);
    }
}
