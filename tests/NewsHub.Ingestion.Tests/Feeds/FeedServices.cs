using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Ingestion.Feeds;

namespace NewsHub.Ingestion.Tests.Feeds;

/// <summary>The feed services as the hosts register them, with test settings on top.</summary>
internal sealed class FeedServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public FeedServices(IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Feeds:AllowPrivateAddresses"] = "true",
            ["Feeds:AttemptTimeout"] = "00:00:05",
            ["Feeds:RequestTimeout"] = "00:00:10",
            ["Feeds:MaxRetries"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        _provider = new ServiceCollection().AddLogging().AddNewsHubFeeds(configuration).BuildServiceProvider(validateScopes: true);
    }

    public IFeedFetcher Fetcher => _provider.GetRequiredService<IFeedFetcher>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
