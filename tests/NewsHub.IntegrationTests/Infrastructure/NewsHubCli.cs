using System.Diagnostics;
using NewsHub.Data;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>Runs the built <c>newshub</c> CLI as a real process, as a user would.</summary>
public static class NewsHubCli
{
    /// <param name="connectionString">The database the command talks to; null leaves the CLI's own configuration.</param>
    /// <param name="arguments">The command line.</param>
    /// <param name="standardInput">Text written to the command's standard input, which is then closed.</param>
    /// <param name="environment">More environment variables (configuration such as <c>Imports__HeartbeatInterval</c>).</param>
    /// <returns>The exit code, standard output and standard error.</returns>
    public static async Task<CliResult> RunAsync(
        string? connectionString, IEnumerable<string> arguments, string? standardInput = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newshub.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (connectionString is not null)
        {
            start.Environment[$"ConnectionStrings__{NewsHubDbContextOptions.ConnectionStringName}"] = connectionString;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }
}

/// <summary>What a CLI run left: its exit code and both output streams.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard output followed by standard error, for assertions on messages wherever they went.</summary>
    public string Output => StandardOutput + StandardError;
}
