using Microsoft.Extensions.Options;

namespace NewsHub.Web.Exports;

/// <summary>
/// The <c>Site</c> configuration section: the address the site is reached at, for the absolute links of the API,
/// the Atom feeds and the CSV. Links used to follow the request's <c>Host</c> header, which any client can set: a
/// feed cached for everyone could then point readers at another site.
/// </summary>
public sealed class PublicSite
{
    public const string SectionName = "Site";

    /// <summary>What the Quick start serves; set <c>Site__PublicBaseUrl</c> wherever the site is reached otherwise.</summary>
    public const string DefaultBaseUrl = "http://127.0.0.1:5080/";

    /// <summary>The site's public address, with any path it is served under (<c>https://example.org/newshub/</c>).</summary>
    public string PublicBaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The configured address with a trailing slash, so that relative links resolve below any path.</summary>
    public static Uri BaseUri(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = request.HttpContext.RequestServices.GetRequiredService<IOptions<PublicSite>>().Value.PublicBaseUrl;
        var text = string.IsNullOrWhiteSpace(configured) ? DefaultBaseUrl : configured.Trim();
        return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
    }
}
