using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NewsHub.Web.Operations;

/// <summary>
/// What a reader gets when something goes wrong, instead of an empty answer: pages answer with <c>/Error</c> in
/// the site's layout (404, 405, 500, and 503 while the database is unreachable), <c>/api/…</c> with a JSON problem
/// (<c>application/problem+json</c>).
/// </summary>
public static class ErrorPages
{
    /// <summary>The error page's address; <c>/Error/404</c> for a status code.</summary>
    public const string Path = "/Error";

    public static IServiceCollection AddNewsHubErrorPages(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // In this order: the outage handler only adds Retry-After and lets the API's or the page's answer follow.
        services.AddExceptionHandler<OutageExceptionHandler>();
        services.AddExceptionHandler<ApiProblemExceptionHandler>();
        services.Configure<MvcOptions>(options => options.Filters.Add(new UnsupportedMethodFilter()));
        return services;
    }

    /// <summary>First in the pipeline: every unhandled exception becomes a 500 page or problem, an unreachable database a 503.</summary>
    public static IApplicationBuilder UseNewsHubExceptionHandler(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Path,
            StatusCodeSelector = exception => DatabaseFailure.IsUnreachable(exception)
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError,
            // An outage is logged once, when it starts (DatabaseOutage), not with a stack trace per request.
            SuppressDiagnosticsCallback = context => DatabaseFailure.IsUnreachable(context.Exception),
        });

    /// <summary>
    /// After the language is chosen (the re-executed page keeps it): error statuses without a body get the error
    /// page, or a JSON problem under /api.
    /// </summary>
    public static IApplicationBuilder UseNewsHubStatusCodePages(this IApplicationBuilder app)
    {
        app.UseWhen(ApiProblemExceptionHandler.IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !ApiProblemExceptionHandler.IsApi(context), pages => pages.UseStatusCodePagesWithReExecute(Path + "/{0}"));
        return app;
    }
}

/// <summary>Starts an outage on an unreachable database, and tells the client when to try again; the answer itself comes after.</summary>
internal sealed class OutageExceptionHandler(DatabaseOutage outage) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseFailure.IsUnreachable(exception))
        {
            // 503 either way (a lost connection is worth a retry too); an outage only when a fresh connection fails as well.
            httpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await outage.ReportAsync(exception);
        }

        return false;
    }
}

/// <summary>A failure under <c>/api</c> answers a JSON problem (RFC 9457), never the HTML error page.</summary>
internal sealed class ApiProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The request's path is the error page's by now; the feature keeps the one that failed.
        var failed = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (failed is null || !new PathString(failed).StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var unavailable = httpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = httpContext.Response.StatusCode,
                Title = unavailable ? "Database unavailable, retrying" : "Internal server error",
                Detail = unavailable ? $"Try again in {DatabaseOutage.RetryAfterSeconds} seconds." : null,
            },
        });
    }
}
