using Microsoft.Extensions.Options;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// The import service's settings are one validated type for the web host and the command line: a value it cannot
/// run with stops either at once, with a message naming the setting and the value given.
/// </summary>
public sealed class ImportSettingsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-import-settings-").FullName;

    [Fact]
    public void A_web_host_with_a_stale_limit_shorter_than_three_heartbeats_does_not_start()
    {
        using var web = new AdminAppFactory(database.ConnectionString, importRoot, settings: new Dictionary<string, string>
        {
            ["Imports:HeartbeatInterval"] = "00:00:01",
            ["Imports:StaleAfter"] = "00:00:02",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => web.Services);

        Assert.Contains("Imports:StaleAfter is 00:00:02, less than three Imports:HeartbeatInterval (00:00:01)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_line_import_with_no_writers_is_refused_before_any_run_is_recorded()
    {
        var result = await NewsHubCli.RunAsync(database.ConnectionString, ["import", importRoot], environment: new Dictionary<string, string>
        {
            ["Import__WriteParallelism"] = "0",
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("newshub import: Import:WriteParallelism is 0; it must be 1 or more.", result.StandardError, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Empty(db.ImportRuns);
    }

    public void Dispose() => Directory.Delete(importRoot, recursive: true);
}
