using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsHub.Web.Localization;

/// <summary>Links that show the current page in another language (a plain link: no script needed).</summary>
public static class LanguageSwitch
{
    /// <summary>
    /// The current path and query with <c>lang</c> set to <paramref name="language"/>; on an error page, those of the
    /// address that failed (not <c>/Error/404</c>), so that switching shows that address again.
    /// </summary>
    public static string UrlFor(HttpRequest request, string language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (path, queryString) = request.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted
            ? (reExecuted.OriginalPathBase + reExecuted.OriginalPath, reExecuted.OriginalQueryString)
            : request.HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failed
                ? (request.PathBase + failed.Path, request.QueryString.Value)
                : (request.PathBase + request.Path, request.QueryString.Value);
        var query = QueryHelpers.ParseQuery(queryString)
            .Where(pair => !string.Equals(pair.Key, UiLanguage.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>(UiLanguage.QueryKey, language));
        return path + QueryString.Create(query);
    }
}
