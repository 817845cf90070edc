using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Pages.Admin;

/// <summary>The admin's sign-in: one password, checked against the configured hash.</summary>
public sealed partial class SignInModel(AdminPassword password, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入密码。Enter the password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool IsConfigured => password.IsConfigured;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!password.Verify(Password))
        {
            LogFailedSignIn(HttpContext.Connection.RemoteIpAddress?.ToString());
            // Slows guessing down a little without a lock-out that an attacker could use against the admin.
            await Task.Delay(TimeSpan.FromMilliseconds(500), HttpContext.RequestAborted);
            ModelState.AddModelError(string.Empty, "密码不正确。The password is wrong.");
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AdminServiceCollectionExtensions.RoleName)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/Admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/Admin");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed admin sign-in from {RemoteAddress}")]
    private partial void LogFailedSignIn(string? remoteAddress);
}
