using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Sources;

/// <summary><c>newshub sources …</c> as a user runs it: add, list, poll, remove, and the errors that name the problem.</summary>
public sealed class SourcesCommandTests : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string root = Directory.CreateTempSubdirectory("newshub-cli-sources-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    [Fact]
    public async Task Sources_added_from_the_command_line_are_listed_polled_and_removed()
    {
        var folder = Path.Combine(root, "crawler");
        SourceTestFiles.WriteArticle(folder, "one.md", "命令行来源的文章", "命令行来源的正文。");
        var feedFile = Path.Combine(root, "local-feed.xml");
        await File.WriteAllTextAsync(feedFile, "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");

        var addFolder = await Cli("sources", "add-folder", folder, "--schedule", "15m");
        var addFeed = await Cli("sources", "add-feed", feedFile, "--name", "本地订阅", "--schedule", "0 */2 * * *");
        Assert.True(addFolder.ExitCode == 0, addFolder.Output);
        Assert.True(addFeed.ExitCode == 0, addFeed.Output);
        Assert.Contains("Added folder source crawler", addFolder.StandardOutput, StringComparison.Ordinal);

        var poll = await Cli("sources", "poll", "crawler");
        Assert.True(poll.ExitCode == 0, poll.Output);

        var list = await Cli("sources", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains($"crawler\tfolder\t{folder}\t15m\tenabled", list.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"本地订阅\tfeed\t{feedFile}\t0 */2 * * *\tenabled", list.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("1 items seen, 1 new", list.StandardOutput, StringComparison.Ordinal);

        await using (var db = database.CreateContext())
        {
            var source = await db.Sources.AsNoTracking().SingleAsync(s => s.Name == "crawler");
            var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.SourceId == source.Id);
            Assert.Equal((ImportRunStatus.Succeeded, 1, run.Id), (run.Status, run.NewCount, source.LastRunId));
            var stored = await db.ArticleSources.AsNoTracking().SingleAsync();
            Assert.Equal(source.Id, stored.SourceId);
        }

        var remove = await Cli("sources", "remove", "crawler");
        Assert.True(remove.ExitCode == 0, remove.Output);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(["本地订阅"], await db.Sources.Select(s => s.Name).ToListAsync());
            var kept = await db.ArticleSources.AsNoTracking().Include(s => s.Article).SingleAsync();
            Assert.Equal(("命令行来源的文章", (long?)null), (kept.Article.Title, kept.SourceId));
        }
    }

    [Fact]
    public async Task Bad_sources_are_refused_with_the_reason()
    {
        var missing = await Cli("sources", "add-folder", Path.Combine(root, "nowhere"));
        var badSchedule = await Cli("sources", "add-feed", "https://example.com/feed.xml", "--schedule", "every tuesday");
        var notHttp = await Cli("sources", "add-feed", "ftp://example.com/feed.xml");
        var unknown = await Cli("sources", "remove", "no-such-source");
        var twice = await Cli("sources", "add-feed", "https://example.com/a.xml", "--name", "a");
        var sameName = await Cli("sources", "add-feed", "https://example.com/b.xml", "--name", "a");

        Assert.Equal((2, 2, 2, 2, 0, 2), (missing.ExitCode, badSchedule.ExitCode, notHttp.ExitCode, unknown.ExitCode, twice.ExitCode, sameName.ExitCode));
        Assert.Contains("does not exist", missing.StandardError, StringComparison.Ordinal);
        Assert.Contains("schedule: The schedule every tuesday is neither an interval", badSchedule.StandardError, StringComparison.Ordinal);
        Assert.Contains("neither http nor https", notHttp.StandardError, StringComparison.Ordinal);
        Assert.Contains("no source called no-such-source", unknown.StandardError, StringComparison.Ordinal);
        Assert.Contains("A source called a exists already", sameName.StandardError, StringComparison.Ordinal);
    }

    private Task<CliResult> Cli(params string[] arguments) => NewsHubCli.RunAsync(database.ConnectionString, arguments);

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }
}
