using NewsHub.Data;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Catalog;

/// <summary><c>newshub seed-catalog</c> and <c>newshub retag</c> run as real processes against a test database.</summary>
public sealed class CatalogCommandsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Seed_catalog_writes_the_catalog_once_and_retag_reports_on_the_stored_articles()
    {
        var first = await RunAsync("seed-catalog");
        var second = await RunAsync("seed-catalog");
        var retag = await RunAsync("retag", "--dry-run");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Matches(@"companies\s+[1-9]\d\d added", first.Output);
        Assert.Matches(@"companies\s+0 added\s+0 updated\s+0 removed", second.Output);
        Assert.DoesNotContain("newshub retag", second.Output, StringComparison.Ordinal);
        Assert.True(retag.ExitCode == 0, retag.Output);
        Assert.Contains("Dry run: would change the company mentions of 0 of 0 articles.", retag.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_catalog_refuses_an_invalid_catalog_file_and_says_why()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, "companies:\n  - name: 甲\n");
        try
        {
            var (exitCode, output) = await RunAsync("seed-catalog", "--catalog", path);

            Assert.Equal(2, exitCode);
            Assert.Contains("needs a role", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Retag_refuses_to_run_before_the_catalog_is_seeded()
    {
        var (exitCode, output) = await RunAsync("retag");

        Assert.Equal(2, exitCode);
        Assert.Contains("seed-catalog", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var result = await NewsHubCli.RunAsync(database.ConnectionString, arguments);
        return (result.ExitCode, result.Output);
    }
}
