using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Foundation;

public class CliTests
{
    [Fact]
    public async Task Help_lists_every_command()
    {
        var result = await NewsHubCli.RunAsync(connectionString: null, ["--help"]);

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "migrate", "import", "analyze", "quality", "retag", "seed-catalog", "reindex", "admin-password" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", result.StandardOutput);
        }
    }
}
