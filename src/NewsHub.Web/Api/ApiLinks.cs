namespace NewsHub.Web.Api;

/// <summary>Absolute links for API output, so a client can follow them without knowing where the site runs.</summary>
internal sealed class ApiLinks(HttpRequest request)
{
    private readonly Uri site = new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    public string To(string sitePath) => new Uri(site, sitePath.TrimStart('/')).AbsoluteUri;
}
