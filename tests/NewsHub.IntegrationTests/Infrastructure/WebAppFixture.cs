namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>A database of its own plus the web app on it, in memory (TestServer).</summary>
public class WebAppFixture : DatabaseFixture
{
    private NewsHubAppFactory? factory;

    public NewsHubAppFactory Factory => factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        factory = new NewsHubAppFactory(ConnectionString);
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
