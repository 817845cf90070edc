using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Api;

/// <summary>
/// README's API example answered 400 with an empty body: it put 北汽 raw in the address, so curl sent UTF-8 bytes in
/// the request line, which Kestrel refuses before the app sees the request. The examples must run as written.
/// </summary>
public sealed partial class ReadmeExampleTests : IAsyncLifetime
{
    private const string QuickStartAddress = "http://127.0.0.1:5080";
    private readonly DatabaseFixture database = new();
    private readonly string readme = File.ReadAllText(Path.Combine(BrowserFixture.RepositoryRoot(), "README.md"));
    private NewsHubAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Importing.SeedCatalogAsync(database);
        factory = new NewsHubAppFactory(database.ConnectionString);
        factory.UseKestrel(0);
        factory.StartServer();
    }

    [Fact]
    public void No_curl_example_puts_raw_non_ascii_characters_in_an_address()
    {
        var curls = CurlCommand().Matches(readme).Select(m => m.Value).ToList();

        Assert.NotEmpty(curls);
        Assert.DoesNotContain(curls, c => Address().Matches(c).Any(a => a.Value.Any(ch => ch > '\x7f')));
    }

    [Fact]
    public async Task The_events_example_runs_as_written_against_kestrel()
    {
        var example = CurlCommand().Matches(readme).Select(m => m.Value).Single(c => c.Contains("/api/events", StringComparison.Ordinal));
        var command = example.Replace(QuickStartAddress, factory.ClientOptions.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal);

        var (exitCode, output, error) = await RunAsync(command + " --fail-with-body --silent --show-error");

        Assert.True(exitCode == 0, $"{command} exited with {exitCode}: {error}{output}");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(5, json.RootElement.GetProperty("pageSize").GetInt32());
        // 北汽 arrived as a company the API knows, not as mojibake it reports as a problem.
        Assert.Equal(0, json.RootElement.GetProperty("problems").GetArrayLength());
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string command)
    {
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    // A curl command, in a code block or inline code, up to the end of its line or its closing backtick.
    [GeneratedRegex("curl [^`\\n]+")]
    private static partial Regex CurlCommand();

    [GeneratedRegex("https?://[^\\s'\"`]+")]
    private static partial Regex Address();
}
