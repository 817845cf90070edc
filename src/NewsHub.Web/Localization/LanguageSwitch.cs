using Microsoft.AspNetCore.WebUtilities;

namespace NewsHub.Web.Localization;

/// <summary>Links that show the current page in another language (a plain link: no script needed).</summary>
public static class LanguageSwitch
{
    /// <summary>The current path and query with <c>lang</c> set to <paramref name="language"/>.</summary>
    public static string UrlFor(HttpRequest request, string language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(pair => !string.Equals(pair.Key, UiLanguage.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>(UiLanguage.QueryKey, language));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
