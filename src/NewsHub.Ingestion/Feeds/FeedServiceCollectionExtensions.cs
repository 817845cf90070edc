using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace NewsHub.Ingestion.Feeds;

/// <summary>Registers feed fetching for the web host and the CLI alike.</summary>
public static class FeedServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFeedFetcher"/> and its <c>HttpClient</c>, configured from the <c>Feeds</c> section
    /// (<see cref="FeedFetchOptions"/>): the standard resilience handler (retries with back-off and jitter,
    /// attempt and total timeouts, a circuit breaker per host) over a <see cref="SocketsHttpHandler"/> that
    /// guards addresses, limits connections per host and redirects, and decompresses.
    /// </summary>
    public static IServiceCollection AddNewsHubFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FeedFetchOptions>()
            .Bind(configuration.GetSection(FeedFetchOptions.SectionName))
            .Validate(o => o.MaxResponseBytes > 0 && o.MaxRedirects >= 0 && o.MaxConnectionsPerHost > 0 && o.ItemParallelism > 0 && o.MaxPageFetchesPerPoll >= 0 && o.MaxRetries >= 0,
                "Feeds: MaxResponseBytes, MaxConnectionsPerHost and ItemParallelism must be positive; MaxRedirects, MaxRetries and MaxPageFetchesPerPoll not negative.")
            .Validate(o => o.AttemptTimeout > TimeSpan.Zero && o.RequestTimeout >= o.AttemptTimeout,
                "Feeds:AttemptTimeout must be positive and Feeds:RequestTimeout at least as long.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.UserAgent), "Feeds:UserAgent must name NewsHub to the sites it polls.")
            .ValidateOnStart();

        services.AddHttpClient(WebResourceClient.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<FeedFetchOptions>>().Value;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");

                // The resilience handler and WebResourceClient time requests out; HttpClient's own 100 s would only cut across them.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(provider => CreatePrimaryHandler(provider.GetRequiredService<IOptions<FeedFetchOptions>>().Value))
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => ConfigureResilience(resilience, provider.GetRequiredService<IOptions<FeedFetchOptions>>().Value))
            // One circuit breaker per host: a site that is down must not stop the polling of every other feed.
            .SelectPipelineByAuthority();

        services.AddSingleton<WebResourceClient>();
        services.AddSingleton<IFeedFetcher, FeedFetcher>();
        return services;
    }

    private static SocketsHttpHandler CreatePrimaryHandler(FeedFetchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = options.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            MaxConnectionsPerServer = options.MaxConnectionsPerHost,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.AttemptTimeout,

            // A proxy would be connected to instead of the feed's host, and the address guard would check the proxy.
            UseProxy = false,
            UseCookies = false,
        };

        if (!options.AllowPrivateAddresses)
        {
            handler.ConnectCallback = PublicAddressGuard.ConnectAsync;
        }

        return handler;
    }

    private static void ConfigureResilience(HttpStandardResilienceOptions resilience, FeedFetchOptions options)
    {
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = options.RequestTimeout;
        // Polly wants at least one attempt configured; MaxRetries = 0 is kept by never handling an outcome.
        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
            options.MaxRetries > 0
            && WebResourceClient.FindRefusal(args.Outcome.Exception) is null
            && HttpClientResiliencePredicates.IsTransient(args.Outcome));

        // The breaker must sample over at least two attempts' time (the options validate it).
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(resilience.CircuitBreaker.SamplingDuration.Ticks, 2 * options.AttemptTimeout.Ticks));
    }
}
