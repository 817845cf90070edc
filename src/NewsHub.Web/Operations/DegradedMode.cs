using Microsoft.AspNetCore.Diagnostics;

namespace NewsHub.Web.Operations;

/// <summary>
/// What the site does while <see cref="DatabaseOutage"/> says PostgreSQL is unreachable: the page cache still
/// serves what it holds, marked with <see cref="StaleHeader"/> (<c>PublicPageCachePolicy</c>), and every other
/// request is refused at once with 503, <c>Retry-After</c> and the "database unavailable, retrying" page, rather
/// than waiting on a connection that will fail. The health endpoints are exempt: they say how things are.
/// </summary>
public static class DegradedMode
{
    /// <summary>
    /// Set on an answer the page cache served while the database was unreachable: it may be out of date,
    /// since nothing could tell whether the data changed since it was cached.
    /// </summary>
    public const string StaleHeader = "NewsHub-Stale";

    /// <summary>The value of <see cref="StaleHeader"/>.</summary>
    public const string StaleValue = "database unreachable; served from the page cache, possibly out of date";

    /// <summary>After the page cache (which serves what it holds): refuses what would need the database while it is unreachable.</summary>
    public static IApplicationBuilder UseNewsHubDegradedMode(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.RequestServices.GetRequiredService<DatabaseOutage>().IsUnreachable && !IsExempt(context))
            {
                // The exception handler answers it: 503, Retry-After and the localised page or problem, logged once per outage.
                throw new DatabaseUnavailableException();
            }

            await next(context);
        });

    private static bool IsExempt(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HealthEndpoints.Live, StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments(HealthEndpoints.Ready, StringComparison.OrdinalIgnoreCase)
        // The error page itself, rendered for this very refusal or for a 404.
        || context.Features.Get<IExceptionHandlerFeature>() is not null
        || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
}
