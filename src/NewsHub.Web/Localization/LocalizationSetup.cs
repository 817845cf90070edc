using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace NewsHub.Web.Localization;

/// <summary>Request localization for the UI: Chinese by default, English by <c>?lang=en</c> or the language cookie.</summary>
public static class LocalizationSetup
{
    /// <summary>Registers the string localizers (resources next to <see cref="UiText"/>).</summary>
    public static IServiceCollection AddNewsHubLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = UiLanguage.Supported.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(UiLanguage.Chinese);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;

            // Chinese first: the browser's Accept-Language does not switch the UI, only an explicit choice does.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = UiLanguage.QueryKey, UIQueryStringKey = UiLanguage.QueryKey },
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Picks each request's language, and remembers an explicit <c>?lang=</c> in a cookie so that links keep it.</summary>
    public static IApplicationBuilder UseNewsHubLocalization(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            if (context.Request.Query.ContainsKey(UiLanguage.QueryKey)
                && context.Features.Get<IRequestCultureFeature>() is { Provider: QueryStringRequestCultureProvider } chosen)
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(chosen.RequestCulture),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            }

            await next(context);
        });
        return app;
    }
}
