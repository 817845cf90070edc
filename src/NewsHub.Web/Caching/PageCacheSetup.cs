using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsHub.Data.Catalog;
using NewsHub.Data.Changes;
using NewsHub.Pipeline.Import.Runs;
using NewsHub.Web.Imports;
using NewsHub.Web.Operations;

namespace NewsHub.Web.Caching;

/// <summary>
/// The output cache of public pages (<see cref="PublicPageCachePolicy"/>) and the change feed that keeps it
/// honest (<see cref="DataChangeFeed"/>), and the reference data kept per data generation
/// (<see cref="ReferenceDataCache"/>). <c>PageCache:Enabled=false</c> leaves the page cache out; the feed and
/// the reference data stay, since they hold nothing per address.
/// </summary>
public static class PageCacheSetup
{
    public static IServiceCollection AddNewsHubPageCache(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PageCacheOptions>()
            .Bind(configuration.GetSection(PageCacheOptions.SectionName))
            .Validate(o => o.Expiration > TimeSpan.Zero && o.SyncTimeout > TimeSpan.Zero && o.MaxReconnectDelay > TimeSpan.Zero,
                "PageCache:Expiration, SyncTimeout and MaxReconnectDelay must be positive.")
            .ValidateOnStart();

        // The policy is named by endpoints whether or not the cache runs; without the middleware it does nothing.
        services.AddOutputCache();
        services.AddSingleton(sp => new DataChangeFeed(
            connectionString,
            sp.GetRequiredService<IOutputCacheStore>(),
            sp.GetRequiredService<IOptions<PageCacheOptions>>(),
            sp.GetRequiredService<ILogger<DataChangeFeed>>(),
            sp.GetRequiredService<DatabaseOutage>()));
        services.Configure<OutputCacheOptions>(options => options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy()));
        // The feed listens even with the page cache off: the reference data (catalog, hidden events, totals)
        // is kept per generation either way.
        services.AddHostedService(sp => sp.GetRequiredService<DataChangeFeed>());
        services.AddSingleton<IDataGeneration>(sp => sp.GetRequiredService<DataChangeFeed>());
        services.AddScoped<DataGeneration>();
        // One catalog snapshot per generation, shared by the pages and the import runs' tagger.
        services.AddSingleton(sp => new CatalogSnapshots(sp.GetRequiredService<RunDbContexts>().Factory));
        services.AddSingleton<ReferenceDataCache>();
        services.AddScoped<CurrentReferenceData>();

        return services;
    }

    /// <summary>Serves and stores cached answers; after routing, sign-in and language, which decide what may be cached and under which key.</summary>
    public static IApplicationBuilder UseNewsHubPageCache(this IApplicationBuilder app, IConfiguration configuration) =>
        IsEnabled(configuration) ? app.UseOutputCache() : app;

    private static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue(PageCacheOptions.SectionName + ":" + nameof(PageCacheOptions.Enabled), true);
}
