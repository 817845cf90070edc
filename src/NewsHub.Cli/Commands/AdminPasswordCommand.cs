using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace NewsHub.Cli.Commands;

/// <summary>
/// <c>newshub admin-password</c>: prints the hash to put in <c>Admin__PasswordHash</c> for a
/// password read from standard input, or for a new random one (then printed too). Only the hash is
/// meant to be kept; the web app checks sign-ins against it with the same Identity hasher.
/// </summary>
internal static class AdminPasswordCommand
{
    private const int GeneratedLength = 20;

    // No look-alike characters (0/O, 1/l/I), so a printed password can be typed back.
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static Command Create()
    {
        var generate = new Option<bool>("--generate")
        {
            Description = "Make a random password; print it on the first line and its hash on the second.",
        };
        var command = new Command("admin-password", "Print the hash of an admin password read from standard input (for Admin__PasswordHash).")
        {
            generate,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string password;
            if (parseResult.GetValue(generate))
            {
                password = RandomNumberGenerator.GetString(Alphabet, GeneratedLength);
                await Console.Out.WriteLineAsync(password);
            }
            else
            {
                // One line, so that `echo secret | newshub admin-password` and a typed password both work.
                password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
                if (password.Length < 8)
                {
                    await Console.Error.WriteLineAsync("Give a password of at least 8 characters on standard input, or use --generate.");
                    return 2;
                }
            }

            await Console.Out.WriteLineAsync(new PasswordHasher<AdminUser>().HashPassword(AdminUser.Instance, password));
            return 0;
        });
        return command;
    }

    /// <summary>Identity's hasher wants a user type; the admin has nothing to give it.</summary>
    private sealed class AdminUser
    {
        public static readonly AdminUser Instance = new();
    }
}
