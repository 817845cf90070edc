using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsHub.Web.Admin;

/// <summary>
/// Cookie sign-in for the one admin, and the rule that every page under <c>/Admin</c> but the
/// sign-in page needs it; everything else stays public.
/// </summary>
public static class AdminServiceCollectionExtensions
{
    public const string PolicyName = "Admin";
    public const string RoleName = "admin";
    public const string SignInPath = "/Admin/SignIn";

    public static IServiceCollection AddNewsHubAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AdminOptions.SectionName);
        services.AddOptions<AdminOptions>().Bind(section);
        services.AddSingleton<AdminPassword>();
        services.AddSingleton<ImportFolderPolicy>();

        var lifetime = section.GetValue(nameof(AdminOptions.SessionLifetime), TimeSpan.FromHours(8));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = SignInPath;
                options.LogoutPath = "/Admin/SignOut";
                options.AccessDeniedPath = SignInPath;
                options.Cookie.Name = "newshub_admin";
                // The cookie goes only to admin pages: public pages never see it.
                options.Cookie.Path = "/Admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = lifetime;
                options.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(PolicyName, policy => policy.RequireAuthenticatedUser().RequireClaim(ClaimTypes.Role, RoleName));
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", PolicyName);
            options.Conventions.AllowAnonymousToPage(SignInPath);
        });
        return services;
    }
}
