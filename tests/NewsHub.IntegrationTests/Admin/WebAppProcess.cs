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
    /// <param name="environment">ASPNETCORE_ENVIRONMENT: Production runs the app as scripts/run.sh and Docker do.</param>
    /// <param name="appDirectory">The folder holding NewsHub.Web.dll; the test output by default.</param>
    /// <param name="workingDirectory">Where the app starts, its content root; <paramref name="appDirectory"/> by default.</param>
    public static WebAppProcess Start(
        string connectionString, string importRoot, IReadOnlyDictionary<string, string>? settings = null,
        string environment = "Testing", string? appDirectory = null, string? workingDirectory = null)
    {
        appDirectory ??= AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(appDirectory, "NewsHub.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
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

    /// <summary>
    /// The address Kestrel listens on (it was given port 0), read from the app's "Now listening on" log line;
    /// polled, since the line arrives whenever the app gets that far.
    /// </summary>
    public async Task<string> WaitForAddressAsync(TimeSpan timeout)
    {
        const string marker = "Now listening on: ";
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var line = output.FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal));
            if (line is not null)
            {
                return line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim().TrimEnd('/');
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode}:\n{Output}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The app did not say where it listens within {timeout}:\n{Output}");
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
