using System.Diagnostics;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Sources;
using Xunit.Abstractions;

namespace NewsHub.IntegrationTests.Sources;

/// <summary>A watched folder: files dropped, edited and removed reach the pages by themselves, through the folder import.</summary>
public sealed class WatchedFolderTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-watch-").FullName;
    private AdminAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new AdminAppFactory(database.ConnectionString, importRoot, settings: new Dictionary<string, string>
        {
            ["Sources:PollInterval"] = "00:00:00.200",
            ["Sources:WatchDebounce"] = "00:00:00.300",
        });
    }

    [Fact]
    public async Task Files_dropped_edited_and_removed_in_a_watched_folder_reach_the_pages_within_the_watch_delay()
    {
        var folder = Path.Combine(importRoot, "crawler");
        var first = SourceTestFiles.WriteArticle(folder, "first.md", "监视文件夹的第一篇", "第一篇文章的正文。");
        await using (var db = database.CreateContext())
        {
            // A daily rescan: every later change can only have come through the watcher.
            await SourceRegistry.AddAsync(db, new SourceDraft(SourceKind.Folder, "crawler", folder, "1d"), DateTimeOffset.UtcNow, default);
        }

        var client = factory.CreateClient();
        await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "crawler", s => s.LastSuccessAt is not null, "first poll done");
        await SourceTestFiles.WaitForPageAsync(client, "/Articles", html => html.Contains("监视文件夹的第一篇", StringComparison.Ordinal), "the first article");

        var clock = Stopwatch.StartNew();
        SourceTestFiles.WriteArticle(folder, "dropped.md", "爬虫刚写入的一篇", "新文件的正文。");
        await SourceTestFiles.WaitForPageAsync(client, "/Articles", html => html.Contains("爬虫刚写入的一篇", StringComparison.Ordinal), "the dropped file");
        var dropDelay = clock.Elapsed;

        clock.Restart();
        SourceTestFiles.WriteArticle(folder, "dropped.md", "爬虫改写后的标题", "改写后的正文。");
        await SourceTestFiles.WaitForPageAsync(client, "/Articles",
            html => html.Contains("爬虫改写后的标题", StringComparison.Ordinal) && !html.Contains("爬虫刚写入的一篇", StringComparison.Ordinal), "the edited file");
        var editDelay = clock.Elapsed;

        clock.Restart();
        File.Delete(first);
        await SourceTestFiles.WaitForPageAsync(client, "/Articles", html => !html.Contains("监视文件夹的第一篇", StringComparison.Ordinal), "the removed file gone");
        var removeDelay = clock.Elapsed;

        output.WriteLine($"Watch delay (debounce 0.3 s): drop {dropDelay.TotalSeconds:F2} s, edit {editDelay.TotalSeconds:F2} s, remove {removeDelay.TotalSeconds:F2} s");
        await using var check = database.CreateContext();
        var source = check.Sources.Single(s => s.Name == "crawler");
        var sources = check.ArticleSources.Where(s => s.Path.StartsWith(folder)).ToList();
        Assert.All(sources, s => Assert.Equal((ArticleSourceKind.File, source.Id), (s.Kind, s.SourceId)));
        Assert.True(sources.Single(s => s.Path == first).IsMissing);
        Assert.True(check.ImportRuns.Count(r => r.SourceId == source.Id) >= 4, "each change is an import run of the source in the history");
        Assert.Null(source.LastError);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }
}
