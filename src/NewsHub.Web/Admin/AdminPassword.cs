using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NewsHub.Web.Admin;

/// <summary>
/// Checks the admin password against the configured hash with ASP.NET Core Identity's
/// <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512, salted, constant-time comparison),
/// the same format <c>newshub admin-password</c> prints.
/// </summary>
public sealed class AdminPassword
{
    private static readonly PasswordHasher<AdminUser> Hasher = new();
    private readonly string? hash;

    public AdminPassword(IOptions<AdminOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var admin = options.Value;
        hash = !string.IsNullOrWhiteSpace(admin.PasswordHash) ? admin.PasswordHash.Trim()
            : !string.IsNullOrEmpty(admin.Password) ? HashPassword(admin.Password)
            : null;
    }

    /// <summary>False when neither a hash nor a password is configured: then nobody can sign in.</summary>
    public bool IsConfigured => hash is not null;

    /// <summary>True when <paramref name="password"/> matches the configured hash.</summary>
    public bool Verify(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (hash is null || password.Length == 0)
        {
            return false;
        }

        try
        {
            return Hasher.VerifyHashedPassword(AdminUser.Instance, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            // A malformed hash in configuration must not let anyone in, nor crash the sign-in page.
            return false;
        }
    }

    /// <summary>Hashes a password in the format <see cref="AdminOptions.PasswordHash"/> expects.</summary>
    public static string HashPassword(string password) => Hasher.HashPassword(AdminUser.Instance, password);

    /// <summary>The one admin; Identity's hasher wants a user type but uses nothing of it.</summary>
    public sealed class AdminUser
    {
        public static readonly AdminUser Instance = new();

        private AdminUser()
        {
        }
    }
}
