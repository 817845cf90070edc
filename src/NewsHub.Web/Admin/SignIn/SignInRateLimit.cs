using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using NewsHub.Web.Localization;

namespace NewsHub.Web.Admin.SignIn;

/// <summary>
/// ASP.NET Core's rate limiter on sign-in posts, per client address and for the account as a whole: a cap on how
/// fast passwords can be tried at all (100 wrong ones in 6.8 s went through before). <see cref="SignInBackoff"/>
/// adds the growing pause after wrong ones. A refused post gets 429 with <c>Retry-After</c> and a page that says why.
/// </summary>
public static partial class SignInRateLimit
{
    public static IServiceCollection AddNewsHubSignInThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SignInThrottleOptions>().Bind(configuration.GetSection(SignInThrottleOptions.SectionName));
        services.AddSingleton<SignInBackoff>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Global, so that one chain holds both partitions; every request but a sign-in post gets the no-op limiter.
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, http => "client:" + ClientAddress(http), o => o.PermitsPerClient)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, _ => SignInBackoff.AccountKey, o => o.PermitsForAccount)));
            options.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    /// <summary>The client's address as the app sees it (after forwarded headers, when those are trusted).</summary>
    public static string ClientAddress(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    /// <summary>A whole number of seconds, rounded up, for <c>Retry-After</c> and the page's message.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static RateLimitPartition<string> Partition(HttpContext http, Func<HttpContext, string> key, Func<SignInThrottleOptions, int> permits)
    {
        if (!IsSignInPost(http.Request))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var options = http.RequestServices.GetRequiredService<IOptions<SignInThrottleOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(key(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options),
            Window = options.RateWindow,
            QueueLimit = 0,
        });
    }

    private static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && string.Equals(request.Path.Value?.TrimEnd('/'), AdminServiceCollectionExtensions.SignInPath, StringComparison.OrdinalIgnoreCase);

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : http.RequestServices.GetRequiredService<IOptions<SignInThrottleOptions>>().Value.RateWindow;
        var seconds = Seconds(wait);
        LogRateLimited(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimit)), ClientAddress(http), seconds);

        var text = http.RequestServices.GetRequiredService<IStringLocalizer<UiText>>();
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/html; charset=utf-8";
        // A page of its own: the limiter answers before the sign-in page runs. Nothing from the request is echoed.
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.Name}">
            <head><meta charset="utf-8"><title>{text["SignIn.Title"]}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main">
            <h1>{text["SignIn.Title"]}</h1>
            <p class="notice" id="sign-in-throttled">{text["SignIn.TooFast", seconds]}</p>
            <p><a href="{AdminServiceCollectionExtensions.SignInPath}">{text["SignIn.Back"]}</a></p>
            </main></body>
            </html>
            """,
            cancellation);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin sign-in from {RemoteAddress} refused: too many attempts in the rate window, retry after {Seconds} s")]
    private static partial void LogRateLimited(ILogger logger, string remoteAddress, int seconds);
}
