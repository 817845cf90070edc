namespace NewsHub.Web.Security;

/// <summary>
/// Headers every response carries, pages, API, feeds, static files and error pages alike: a Content-Security-Policy
/// that runs only the site's own script files (no inline script, no event-handler attributes), no framing by any
/// site, no MIME sniffing, and referrers cut to the origin when leaving the site.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Images may come from anywhere on the web (article bodies show the outlets' pictures); styles are the site's
    /// own files, plus <c>style</c> attributes, which pages use for widths of bars and which run nothing.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: https: http:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseNewsHubSecurityHeaders(this IApplicationBuilder app)
    {
        return app.Use((context, next) =>
        {
            // When the response starts, so that headers cleared on the way (the exception handler clears them) are set again.
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                // For browsers older than frame-ancestors.
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
    }
}
