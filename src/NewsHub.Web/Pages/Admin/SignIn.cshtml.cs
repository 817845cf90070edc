using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Globalization;
using NewsHub.Web.Admin;
using NewsHub.Web.Admin.SignIn;

namespace NewsHub.Web.Pages.Admin;

/// <summary>
/// The admin's sign-in: one password, checked against the configured hash, and not at all while signing in
/// is paused after too many wrong ones (<see cref="SignInBackoff"/>); then the page answers 429 and says for how long.
/// </summary>
public sealed partial class SignInModel(AdminPassword password, SignInBackoff backoff, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入密码。Enter the password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool IsConfigured => password.IsConfigured;

    /// <summary>Seconds until this client may try again, when signing in is paused for it.</summary>
    public int? PausedSeconds { get; private set; }

    public void OnGet()
    {
        PausedSeconds = backoff.RetryAfter(Client) is { } wait ? SignInRateLimit.Seconds(wait) : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (backoff.RetryAfter(Client) is { } wait)
        {
            // The password is not even looked at: guesses sent during the pause learn nothing.
            LogPausedSignIn(Client, SignInRateLimit.Seconds(wait));
            return Paused(wait);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!password.Verify(Password))
        {
            var pause = backoff.RecordFailure(Client);
            LogFailedSignIn(Client, pause is { } p ? SignInRateLimit.Seconds(p) : 0);
            // Each answer to a wrong password costs a guesser half a second on top of the rate limit and the pause.
            await Task.Delay(TimeSpan.FromMilliseconds(500), HttpContext.RequestAborted);
            if (pause is not null)
            {
                return Paused(pause.Value);
            }

            ModelState.AddModelError(string.Empty, "密码不正确。The password is wrong.");
            return Page();
        }

        backoff.RecordSuccess(Client);

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AdminServiceCollectionExtensions.RoleName)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/Admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/Admin");
    }

    private string Client => SignInRateLimit.ClientAddress(HttpContext);

    private PageResult Paused(TimeSpan wait)
    {
        PausedSeconds = SignInRateLimit.Seconds(wait);
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = PausedSeconds.Value.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed admin sign-in from {RemoteAddress}; signing in paused for {PauseSeconds} s (0: not paused)")]
    private partial void LogFailedSignIn(string remoteAddress, int pauseSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin sign-in from {RemoteAddress} refused: signing in is paused after wrong passwords, {Seconds} s left")]
    private partial void LogPausedSignIn(string remoteAddress, int seconds);
}
