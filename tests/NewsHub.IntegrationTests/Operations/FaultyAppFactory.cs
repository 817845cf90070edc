using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Operations;

/// <summary>
/// The real app with one test-only fault: any request to <see cref="FaultPath"/> (or under /api, <see cref="ApiFaultPath"/>)
/// throws, from the end of the pipeline, where a failing page or endpoint would, so that the exception handler
/// is exercised for real.
/// </summary>
public sealed class FaultyAppFactory(string connectionString) : NewsHubAppFactory(connectionString)
{
    public const string FaultPath = "/test-only/fault";
    public const string ApiFaultPath = "/api/test-only/fault";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, FaultAtTheEnd>());
    }

    /// <summary>After the app's whole pipeline: reached by requests that no endpoint took.</summary>
    private sealed class FaultAtTheEnd : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, following) => context.Request.Path == FaultPath || context.Request.Path == ApiFaultPath
                ? throw new InvalidOperationException("A fault the tests asked for.")
                : following(context));
        };
    }
}
