using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NewsHub.Data;
using NewsHub.Ingestion.Feeds;
using NewsHub.Web.Admin;
using NewsHub.Web.Api;
using NewsHub.Web.Caching;
using NewsHub.Web.Exports;
using NewsHub.Web.Imports;
using NewsHub.Web.Localization;
using NewsHub.Web.Operations;
using NewsHub.Web.Search;
using NewsHub.Web.Security;
using NewsHub.Web.Sources;
using Serilog;

// Serilog comes up first so that start-up failures are logged too; the configured logger replaces it.
// A plain logger, not CreateBootstrapLogger(): a reloadable one is frozen by the first host built, so
// several hosts in one process (tests run app factories in parallel) failed with "logger is already frozen".
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Pages' own styles (CSS isolation) are bundled into NewsHub.Web.styles.css under obj/, which a build
    // serves only through its static web assets manifest, and ASP.NET Core reads that only in Development:
    // scripts/run.sh runs the build in Production and the bundle answered 404. Published output (Docker)
    // has no manifest and the bundle in wwwroot, so this does nothing there.
    builder.WebHost.UseStaticWebAssets();

    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .WithoutOutageNoise());

    var connectionString = builder.Configuration.GetConnectionString(NewsHubDbContextOptions.ConnectionStringName)
        ?? throw new InvalidOperationException(
            $"ConnectionStrings:{NewsHubDbContextOptions.ConnectionStringName} is not set (environment: ConnectionStrings__{NewsHubDbContextOptions.ConnectionStringName}).");
    connectionString = NewsHubDbContextOptions.WithDefaults(connectionString);
    builder.Services.AddDbContext<NewsHubDbContext>(options => options.UseNewsHubPostgres(connectionString));

    builder.Services.AddRazorPages();
    builder.Services.AddNewsHubLocalization();
    builder.Services.AddNewsHubAdmin(builder.Configuration);
    builder.Services.AddNewsHubImportWorker(builder.Configuration);
    builder.Services.AddNewsHubFeeds(builder.Configuration);
    builder.Services.AddNewsHubSources(builder.Configuration);
    builder.Services.AddNewsHubSearch();
    builder.Services.AddNewsHubApi();
    builder.Services.AddNewsHubPageCache(builder.Configuration, connectionString);
    builder.Services.AddNewsHubOperations(connectionString);

    // Razor encodes every non-ASCII character as an entity by default; Chinese pages would weigh
    // several times more and read badly in source. Markup characters are still escaped.
    builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

    var app = builder.Build();

    if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NewsHubDbContext>().Database.MigrateAsync();
    }

    app.UseNewsHubSecurityHeaders();

    if (!app.Environment.IsDevelopment())
    {
        app.UseNewsHubExceptionHandler();
    }

    app.UseSerilogRequestLogging(options => options.GetLevel = OperationsSetup.RequestLogLevel);
    app.UseCleanQueryStrings();
    app.UseStaticFiles();
    app.UseNewsHubLocalization();
    app.UseNewsHubStatusCodePages();
    app.UseRouting();
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseNewsHubPageCache(app.Configuration);
    app.UseNewsHubDegradedMode();
    app.MapRazorPages().CacheOutput(PublicPageCachePolicy.Name);
    app.MapNewsHubApi();
    app.MapNewsHubExports();
    app.MapNewsHubHealthChecks();

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "NewsHub.Web stopped on an unhandled exception");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program
{
}
