using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsHub.Web.Operations;

namespace NewsHub.Web.Caching;

/// <summary>
/// Caches what anyone may read and every reader sees alike: public pages, the JSON API and the Atom feeds.
/// An answer is kept per address and full query string, per UI language (the <c>?lang=</c> choice or its
/// cookie) and per data generation (<see cref="DataChangeFeed"/>), so a change is never hidden behind it.
/// Never cached: anything under /Admin or behind authorization, signed-in requests, answers that set a
/// cookie (the language switch), and any status but 200. While the database is unreachable, what is cached is
/// still served, marked with <see cref="DegradedMode.StaleHeader"/>.
/// </summary>
/// <remarks>
/// Its services come from the request: the output cache's options hold the policy, and the feed needs the
/// cache's store, which needs those options.
/// </remarks>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPages";

    // Marks a request looked up while the database is unreachable (DegradedMode).
    private static readonly object StaleKey = new();

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var services = context.HttpContext.RequestServices;
        if (!MayCache(context.HttpContext))
        {
            return;
        }

        var stale = false;
        if (await services.GetRequiredService<DataGeneration>().CurrentAsync(cancellation) is not { } generation)
        {
            // No generation to trust. While the database is unreachable, what was cached before is still better than
            // a 503: served as of the feed's last generation, marked as possibly out of date, and nothing new stored.
            if (!services.GetRequiredService<DatabaseOutage>().IsUnreachable)
            {
                return;
            }

            generation = services.GetRequiredService<DataChangeFeed>().Generation;
            stale = true;
            context.HttpContext.Items[StaleKey] = true;
        }

        var expiration = services.GetRequiredService<IOptions<PageCacheOptions>>().Value.Expiration;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = !stale;
        // No locking (requests for one uncached address waiting for the first): in ASP.NET Core 10 a waiter
        // can be handed the first request's response while it is still being written or after it was
        // aborted (dotnet/aspnetcore#56427, #66877, fixed in 11). Browser tests saw exactly that: a page
        // whose load never ended, about one run in three. Two renders of one address cost less.
        context.AllowLocking = false;
        context.ResponseExpirationTimeSpan = expiration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["generation"] = generation.ToString(CultureInfo.InvariantCulture);
        context.Tags.Add(DataChangeFeed.CacheTag);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Items.ContainsKey(StaleKey))
        {
            context.HttpContext.Response.Headers[DegradedMode.StaleHeader] = DegradedMode.StaleValue;
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool MayCache(HttpContext http)
    {
        var request = http.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
               && !request.Path.StartsWithSegments("/Admin", StringComparison.OrdinalIgnoreCase)
               && request.Headers.Authorization.Count == 0
               && http.User.Identity?.IsAuthenticated != true
               && http.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is null;
    }
}
