using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsHub.Data;

namespace NewsHub.Web.Operations;

/// <summary>
/// <c>/healthz</c>: the process is alive (always 200, whatever the database does: restarting the app would not
/// bring it back). <c>/readyz</c>: the database is reachable and its migrations are current (else 503), for load
/// balancers and Docker's health check to send readers elsewhere meanwhile.
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/healthz";
    public const string Ready = "/readyz";

    private const string ReadyTag = "ready";

    public static IServiceCollection AddNewsHubHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(10));
        return services;
    }

    public static IEndpointRouteBuilder MapNewsHubHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}

/// <summary>Healthy when PostgreSQL answers and no migration of this build is missing from it.</summary>
public sealed class DatabaseReadyCheck(NewsHubDbContext db, DatabaseOutage outage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending, first {pending[0]}: run `newshub migrate`");
        }
        catch (Exception ex) when (DatabaseFailure.IsUnreachable(ex))
        {
            await outage.ReportAsync(ex);
            // Logged once, by the outage itself; with the exception, the health check's own log line is left out like
            // every other one about the outage.
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }
}
