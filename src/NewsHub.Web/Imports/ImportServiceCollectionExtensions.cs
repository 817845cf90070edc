using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsHub.Web.Imports;

/// <summary>Registers the import queue and, unless <c>Imports:RunWorker</c> is false, its background worker.</summary>
public static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddNewsHubImports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ImportWorkerOptions>()
            .Bind(configuration.GetSection(ImportWorkerOptions.SectionName))
            .Validate(o => o.HeartbeatInterval > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero, "Imports:HeartbeatInterval and Imports:PollInterval must be positive.")
            .Validate(o => o.StaleAfter >= 3 * o.HeartbeatInterval, "Imports:StaleAfter must be at least three heartbeats, or live runs would be taken for dead.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ImportQueueSignal>();
        services.AddScoped<ImportQueue>();
        services.AddSingleton<RunDbContexts>();
        services.AddScoped<IImportRunExecutor, FolderImportExecutor>();
        services.AddScoped<IImportRunExecutor, RetagExecutor>();
        services.AddScoped<IImportRunExecutor, FeedPollExecutor>();
        services.AddScoped<RunAnalyzers>();
        if (configuration.GetValue(ImportWorkerOptions.SectionName + ":" + nameof(ImportWorkerOptions.RunWorker), true))
        {
            services.AddHostedService<ImportWorker>();
        }

        return services;
    }
}
