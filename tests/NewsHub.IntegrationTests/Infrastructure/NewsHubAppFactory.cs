using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Data;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>
/// The real web app on a test database. A subclass rather than <c>WithWebHostBuilder</c>, because
/// <c>UseKestrel(0)</c> for browser tests is only honoured on the factory itself.
/// </summary>
public class NewsHubAppFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{NewsHubDbContextOptions.ConnectionStringName}", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        // The address TestServer's clients use, so that the API's absolute links point back at it.
        builder.UseSetting("Site:PublicBaseUrl", "http://localhost/");
    }

    /// <summary>Runs code in a DI scope of the app, as a page handler would (Contoso's ExecuteScopeAsync).</summary>
    public async Task<T> ExecuteScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
