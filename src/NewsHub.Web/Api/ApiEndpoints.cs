using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsHub.Web.Caching;
using NewsHub.Web.Exports;

namespace NewsHub.Web.Api;

/// <summary>
/// The read-only JSON API under <c>/api</c> (documented in README.md, "JSON API"). Every list takes the
/// timeline's query-string filters, is paged (<c>page</c>, <c>pageSize</c>) and says its total.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>
    /// What every read-only endpoint answers: GET, and HEAD for clients and link checkers that ask whether a
    /// URL is there without downloading it (MapGet alone answers HEAD with 405). Kestrel sends no body for HEAD.
    /// </summary>
    internal static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// JSON keeps Chinese readable rather than writing every character as <c>\uXXXX</c>; absolute links of the API,
    /// feeds and CSV start at the configured <see cref="PublicSite"/> address.
    /// </summary>
    public static IServiceCollection AddNewsHubApi(this IServiceCollection services)
    {
        services.AddOptions<PublicSite>().BindConfiguration(PublicSite.SectionName);
        return services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
    }

    public static IEndpointRouteBuilder MapNewsHubApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").WithTags("API").CacheOutput(PublicPageCachePolicy.Name);
        api.MapMethods("/events", ReadMethods, EventsEndpoint.GetAsync).WithName("ApiEvents");
        api.MapMethods("/companies", ReadMethods, CompaniesEndpoint.GetAsync).WithName("ApiCompanies");
        api.MapMethods("/articles", ReadMethods, ArticlesEndpoint.GetAsync).WithName("ApiArticles");
        return endpoints;
    }
}
