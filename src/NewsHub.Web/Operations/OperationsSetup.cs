using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsHub.Data;
using Serilog;
using Serilog.Events;

namespace NewsHub.Web.Operations;

/// <summary>
/// Running the site when things go wrong: error pages and JSON problems, the degraded mode while PostgreSQL is
/// unreachable (<see cref="DatabaseOutage"/>), and <c>/healthz</c> and <c>/readyz</c>.
/// </summary>
public static class OperationsSetup
{
    /// <param name="services">The app's services.</param>
    /// <param name="connectionString">The connection string the pages use, whose pool an outage empties.</param>
    public static IServiceCollection AddNewsHubOperations(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(sp => new DatabaseOutage(connectionString, TimeProvider.System, sp.GetRequiredService<ILogger<DatabaseOutage>>()));
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseOutage>());
        // EF Core logs a failed connection as an error of its own, without the exception: the exception handler already
        // logs a failure with its stack trace, and an outage is logged by DatabaseOutage, so it is only a debug note.
        services.ConfigureDbContext<NewsHubDbContext>(options =>
            options.ConfigureWarnings(warnings => warnings.Log((RelationalEventId.ConnectionError, LogLevel.Debug))));
        services.AddNewsHubErrorPages();
        services.AddNewsHubHealthChecks();
        return services;
    }

    /// <summary>
    /// Leaves out every log event about a failure to reach the database: EF Core's, the change feed's, the health
    /// check's, one per request and statement. <see cref="DatabaseOutage"/> logs the outage once when it starts and
    /// once, with its duration, when it ends.
    /// </summary>
    public static LoggerConfiguration WithoutOutageNoise(this LoggerConfiguration logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return logger.Filter.ByExcluding(e => DatabaseFailure.IsUnreachable(e.Exception));
    }

    /// <summary>
    /// The level of a request's log line: errors for failures, but a 503 refused during an outage is expected and
    /// the outage is logged on its own.
    /// </summary>
    public static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        return exception is not null || (status > 499 && status != StatusCodes.Status503ServiceUnavailable)
            ? LogEventLevel.Error
            : LogEventLevel.Information;
    }
}
