using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>Registers the import service, once, for the web host and the command line alike.</summary>
public static class ImportServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ImportService"/>, the run log (<see cref="ImportRunLog"/>, scoped: it needs a scoped
    /// <c>NewsHubDbContext</c>), the executors of every kind of run, and <see cref="ImportServiceOptions"/> bound from
    /// the <c>Imports</c> and <c>Import</c> sections and validated when the host starts.
    /// </summary>
    public static IServiceCollection AddNewsHubImports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ImportServiceOptions>()
            .Bind(configuration.GetSection(ImportServiceOptions.SectionName))
            .Configure(options => configuration.GetSection(ImportOptions.SectionName).Bind(options.Pipeline))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImportServiceOptions>, ImportServiceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ImportQueueSignal>();
        services.TryAddScoped<ImportRunLog>();
        services.TryAddSingleton<ImportService>();
        services.TryAddSingleton<RunDbContexts>();
        services.TryAddScoped<RunAnalyzers>();
        services.TryAddScoped<SharedFolderImport>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IImportRunExecutor, FolderImportExecutor>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IImportRunExecutor, RetagExecutor>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IImportRunExecutor, FeedPollExecutor>());
        return services;
    }
}
