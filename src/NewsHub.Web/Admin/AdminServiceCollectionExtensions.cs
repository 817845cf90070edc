using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsHub.Data;
using NewsHub.Web.Admin.SignIn;

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
        services.AddNewsHubSignInThrottle(configuration);

        // Kept in the database rather than in the home folder of whoever runs the app: a restarted container, or a
        // second instance behind the same address, must still read the admin's cookie and the forms' tokens.
        services.AddDataProtection()
            .SetApplicationName("NewsHub")
            .PersistKeysToDbContext<NewsHubDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);

        var lifetime = section.GetValue(nameof(AdminOptions.SessionLifetime), TimeSpan.FromHours(8));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = SignInPath;
                options.LogoutPath = "/Admin/SignOut";
                options.AccessDeniedPath = SignInPath;
                options.Cookie.Name = "newshub_admin";
                // The whole site, not "/Admin": routes ignore case but browsers match a cookie's path case-sensitively,
                // so a cookie kept to /Admin never reached /admin/imports and a right password led back to sign-in.
                // Public pages seeing it is harmless: signed-in requests are never cached (PublicPageCachePolicy),
                // and it lets an article page show its source files to the admin alone.
                options.Cookie.Path = "/";
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
