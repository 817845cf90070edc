using Microsoft.AspNetCore.Hosting;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Admin;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// The web app with an admin password, one import root and a worker that beats fast, so that
/// tests of runs and of dead workers take seconds.
/// </summary>
/// <remarks><paramref name="settings"/> adds or overrides configuration, e.g. short sign-in pauses.</remarks>
/// <param name="customise">Settings and services of one test (a slower heartbeat, a log sink), applied last.</param>
public sealed class AdminAppFactory(
    string connectionString, string importRoot, bool runWorker = true, IReadOnlyDictionary<string, string>? settings = null, Action<IWebHostBuilder>? customise = null)
    : NewsHubAppFactory(connectionString)
{
    /// <summary>The admin password of this app; only its hash goes into the app's configuration.</summary>
    public const string Password = "test admin password 测试";

    private static readonly string PasswordHash = AdminPassword.HashPassword(Password);

    public string ImportRoot { get; } = importRoot;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Admin:PasswordHash", PasswordHash);
        builder.UseSetting("Admin:ImportRoots:0", ImportRoot);
        builder.UseSetting("Imports:RunWorker", runWorker ? "true" : "false");
        builder.UseSetting("Imports:PollInterval", "00:00:00.250");
        builder.UseSetting("Imports:HeartbeatInterval", "00:00:00.250");
        builder.UseSetting("Imports:StaleAfter", "00:00:03");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        // Scoped CSS (NewsHub.Web.styles.css) is served from the build's static web assets only when asked
        // for outside Development: without it the admin pages in screenshots lacked their own styles.
        builder.UseStaticWebAssets();
        customise?.Invoke(builder);
    }
}
