using System.Diagnostics;

namespace NewsHub.IntegrationTests.Foundation;

public class CliTests
{
    [Fact]
    public async Task Help_lists_every_command()
    {
        var (exitCode, output) = await RunNewsHubAsync("--help");

        Assert.Equal(0, exitCode);
        foreach (var command in new[] { "migrate", "import", "analyze", "retag" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", output);
        }
    }

    /// <summary>Runs the built CLI as a real process, as a user would.</summary>
    internal static async Task<(int ExitCode, string Output)> RunNewsHubAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newshub.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
