namespace NewsHub.Web.Admin.SignIn;

/// <summary>
/// The <c>Admin:SignIn</c> configuration section: how fast passwords may be tried, and how long signing in
/// pauses after wrong ones. The defaults let an admin mistype a few times; tests set short windows.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Admin:SignIn";

    /// <summary>Sign-in posts one client (IP address) may make per <see cref="RateWindow"/>, right or wrong.</summary>
    public int PermitsPerClient { get; set; } = 10;

    /// <summary>Sign-in posts from all clients together per <see cref="RateWindow"/>: there is one admin account.</summary>
    public int PermitsForAccount { get; set; } = 30;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wrong passwords in a row one client may send before signing in pauses for it.</summary>
    public int FreeFailuresPerClient { get; set; } = 5;

    /// <summary>
    /// Wrong passwords in a row from all clients before signing in pauses for everyone: guesses spread over many
    /// addresses still slow down. Higher than the client's, so one guessing client does not lock the admin out first.
    /// </summary>
    public int FreeFailuresForAccount { get; set; } = 20;

    /// <summary>The first pause; each further wrong password doubles it, up to <see cref="MaxLockout"/>.</summary>
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromHours(1);
}
