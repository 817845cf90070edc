using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsHub.Web.Sources;

/// <summary>Registers the source scheduler and the folder watcher, unless <c>Sources:RunScheduler</c> is false.</summary>
public static class SourceServiceCollectionExtensions
{
    public static IServiceCollection AddNewsHubSources(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SourceSchedulerOptions>()
            .Bind(configuration.GetSection(SourceSchedulerOptions.SectionName))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.WatchDebounce >= TimeSpan.Zero, "Sources:PollInterval must be positive and Sources:WatchDebounce not negative.")
            .Validate(o => o.LeaseDuration > o.PollInterval, "Sources:LeaseDuration must be longer than Sources:PollInterval.")
            .Validate(o => o.BatchSize > 0, "Sources:BatchSize must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SourceSchedulerSignal>();
        if (configuration.GetValue(SourceSchedulerOptions.SectionName + ":" + nameof(SourceSchedulerOptions.RunScheduler), true))
        {
            services.AddSingleton<SourceScheduler>();
            services.AddHostedService(provider => provider.GetRequiredService<SourceScheduler>());
            services.AddHostedService<FolderWatcher>();
        }

        return services;
    }
}
