using System.Collections.Concurrent;
using System.Diagnostics;
using NewsHub.Web.Admin;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// The real web app (NewsHub.Web.dll from the test output) as a child process, so that a test can
/// kill it with SIGKILL mid-import, the way a crash or an OOM kill would, and start it again.
/// </summary>
internal sealed class WebAppProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private WebAppProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    /// <summary>The last lines the app printed, for failure messages.</summary>
    public string Output => string.Join('\n', output);

    /// <param name="connectionString">The database.</param>
    /// <param name="importRoot">The one folder admins may import from.</param>
    /// <param name="settings">Configuration that replaces the defaults below (environment variable names).</param>
    public static WebAppProcess Start(string connectionString, string importRoot, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsHub.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__NewsHub"] = connectionString;
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Admin__PasswordHash"] = AdminPassword.HashPassword(AdminAppFactory.Password);
        start.Environment["Admin__ImportRoots__0"] = importRoot;
        start.Environment["Imports__PollInterval"] = "00:00:00.200";
        start.Environment["Imports__HeartbeatInterval"] = "00:00:00.300";
        start.Environment["Imports__StaleAfter"] = "00:00:02";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new WebAppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, no last heartbeat.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }
}
