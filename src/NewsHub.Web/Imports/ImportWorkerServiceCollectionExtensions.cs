using NewsHub.Pipeline.Import.Runs;

namespace NewsHub.Web.Imports;

/// <summary>The web host's part of importing: the import roots' guard and, unless <c>Imports:RunWorker</c> is false, the worker.</summary>
public static class ImportWorkerServiceCollectionExtensions
{
    /// <summary>Adds the import service (<see cref="ImportServiceCollectionExtensions.AddNewsHubImports"/>) with the web host's guard and worker.</summary>
    public static IServiceCollection AddNewsHubImportWorker(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddNewsHubImports(configuration);
        services.AddSingleton<IImportFolderGuard, ImportFolderGuard>();
        if (configuration.GetValue(ImportServiceOptions.SectionName + ":" + nameof(ImportServiceOptions.RunWorker), true))
        {
            services.AddHostedService<ImportWorker>();
        }

        return services;
    }
}
