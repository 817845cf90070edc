namespace NewsHub.Web.Admin;

/// <summary>
/// The <c>Admin</c> configuration section. No password is kept in the repository: set
/// <c>Admin__PasswordHash</c> (printed by <c>newshub admin-password</c>) in the environment, or
/// <c>Admin__Password</c>, which is hashed at start-up and never stored.
/// </summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>ASP.NET Core Identity's PBKDF2 hash of the admin password (format V3).</summary>
    public string? PasswordHash { get; set; }

    /// <summary>The admin password in clear, for environments that can only pass one; hashed at start-up.</summary>
    public string? Password { get; set; }

    /// <summary>Folders an admin may import from; any folder below them may be picked, nothing outside.</summary>
    public List<string> ImportRoots { get; set; } = [];

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
