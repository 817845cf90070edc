using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Data;
using NewsHub.Ingestion.Feeds;
using NewsHub.Pipeline.Import.Runs;
using Serilog;
using Serilog.Settings.Configuration;

namespace NewsHub.Cli;

/// <summary>
/// Configuration, logging and services for the commands, built the same way as the web host:
/// appsettings.json beside the binary, then the environment (<c>ConnectionStrings__NewsHub</c>).
/// </summary>
internal static class CliHost
{
    public static IConfiguration LoadConfiguration() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>Serilog from configuration; logs go to standard error so that standard output stays machine-readable.</summary>
    public static void ConfigureLogging(IConfiguration configuration) =>
        Log.Logger = new LoggerConfiguration()
            // Name the sink assemblies instead of letting Serilog scan the dependency context: the CLI
            // also runs from other projects' output folders (tests), where the scan finds the wrong set.
            .ReadFrom.Configuration(configuration, new ConfigurationReaderOptions(typeof(ConsoleLoggerConfigurationExtensions).Assembly))
            .Enrich.FromLogContext()
            .CreateLogger();

    /// <summary>Services shared by the commands that use the database.</summary>
    public static ServiceProvider BuildServices(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(NewsHubDbContextOptions.ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{NewsHubDbContextOptions.ConnectionStringName} is not set (environment: ConnectionStrings__{NewsHubDbContextOptions.ConnectionStringName}).");

        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddSerilog(dispose: false));
        // One pooled factory: imports and re-tags open a context per article on several threads at once,
        // and commands that need a single context get one from it for their scope.
        services.AddPooledDbContextFactory<NewsHubDbContext>(options => options.UseNewsHubPostgres(connectionString));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<NewsHubDbContext>>().CreateDbContext());
        // `newshub sources poll` fetches feeds the way the web host's scheduler does.
        services.AddNewsHubFeeds(configuration);
        // The one import service, as the web host registers it: `newshub import` and `sources poll` are runs of its log.
        services.AddNewsHubImports(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
