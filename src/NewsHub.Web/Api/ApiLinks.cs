using NewsHub.Web.Exports;

namespace NewsHub.Web.Api;

/// <summary>
/// Absolute links for API output, so a client can follow them without knowing where the site runs: under the
/// configured <see cref="PublicSite"/> address, never the request's own <c>Host</c> header.
/// </summary>
internal sealed class ApiLinks(HttpRequest request)
{
    private readonly Uri site = PublicSite.BaseUri(request);

    public string To(string sitePath) => new Uri(site, sitePath.TrimStart('/')).AbsoluteUri;
}
