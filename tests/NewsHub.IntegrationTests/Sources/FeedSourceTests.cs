using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Ingestion.Feeds;
using NewsHub.Pipeline.Sources;

namespace NewsHub.IntegrationTests.Sources;

/// <summary>
/// Feed sources in the running app: polls store items through the import's store step, skip unchanged ones,
/// update changed ones, keep one article for an item a folder stored already, and a failing feed says why and backs off.
/// </summary>
public sealed class FeedSourceTests : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-feeds-").FullName;
    private readonly FakeFeedFetcher fetcher = new();
    private AdminAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new AdminAppFactory(database.ConnectionString, importRoot,
            settings: new Dictionary<string, string> { ["Sources:PollInterval"] = "00:00:00.200" },
            customise: builder => builder.ConfigureTestServices(services => services.AddSingleton<IFeedFetcher>(fetcher)));
    }

    [Fact]
    public async Task A_feed_fills_the_pages_skips_unchanged_items_and_updates_a_changed_one_in_place()
    {
        const string feed = "https://feeds.example.com/auto.xml";
        fetcher.Serve(feed,
            Item("a", "订阅第一条：北汽与华为合作", "北汽与华为签署合作协议。"),
            Item("b", "订阅第二条", "第二条的正文。"));
        await AddFeedAsync("auto", feed, "1h");
        var client = factory.CreateClient();

        var firstPoll = await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "auto", s => s.LastSuccessAt is not null, "first poll");
        Assert.Equal((2, 2), (firstPoll.ItemsSeen, firstPoll.ItemsNew));
        await SourceTestFiles.WaitForPageAsync(client, "/Articles", html => html.Contains("订阅第一条", StringComparison.Ordinal), "the feed's items");
        long changedId;
        await using (var db = database.CreateContext())
        {
            var items = await db.ArticleSources.AsNoTracking().Where(s => s.Kind == ArticleSourceKind.FeedItem).OrderBy(s => s.Path).ToListAsync();
            Assert.Equal([feed + "#a", feed + "#b"], items.Select(s => s.Path));
            Assert.All(items, s => Assert.Equal(firstPoll.Id, s.SourceId));
            changedId = items[1].ArticleId;
            var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == firstPoll.LastRunId);
            Assert.Equal((ImportRunKind.FeedPoll, 2), (run.Kind, run.NewCount));
        }

        // Same feed again: the fetcher answers 304 to the stored validator; nothing is read.
        await FetchNowAsync("auto", firstPoll.LastRunId);
        var unchanged = await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "auto", s => s.LastRunId != firstPoll.LastRunId && s.LeaseOwner == null, "second poll");
        Assert.Equal((0, 0, null), (unchanged.ItemsSeen, unchanged.ItemsNew, unchanged.LastError));

        // One item changes: its article is updated in place, the other is skipped by hash.
        fetcher.Serve(feed,
            Item("a", "订阅第一条：北汽与华为合作", "北汽与华为签署合作协议。"),
            Item("b", "订阅第二条（更新）", "第二条更新后的正文。"));
        await FetchNowAsync("auto", unchanged.LastRunId);
        var third = await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "auto", s => s.LastRunId != unchanged.LastRunId && s.LeaseOwner == null, "third poll");
        await SourceTestFiles.WaitForPageAsync(client, "/Articles", html => html.Contains("订阅第二条（更新）", StringComparison.Ordinal), "the changed item");
        await using var check = database.CreateContext();
        var report = await check.ImportFileOutcomes.AsNoTracking().Where(o => o.ImportRunId == third.LastRunId).ToDictionaryAsync(o => o.Path, o => o.Outcome);
        Assert.Equal(FileOutcome.Unchanged, report[feed + "#a"]);
        Assert.Equal(FileOutcome.Changed, report[feed + "#b"]);
        Assert.Equal("订阅第二条（更新）", (await check.Articles.AsNoTracking().SingleAsync(a => a.Id == changedId)).Title);
    }

    [Fact]
    public async Task An_item_linking_to_an_article_a_folder_stored_is_stored_once_with_both_sources()
    {
        const string link = "https://news.example.com/2026/11/mirror";
        var folder = Path.Combine(importRoot, "mirror");
        var file = SourceTestFiles.WriteArticle(folder, "mirror.md", "镜像文件里的文章", "镜像正文。", link);
        await using (var db = database.CreateContext())
        {
            await SourceRegistry.AddAsync(db, new SourceDraft(SourceKind.Folder, "mirror", folder, "1d"), DateTimeOffset.UtcNow, default);
        }

        _ = factory.Server;
        await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "mirror", s => s.LastSuccessAt is not null, "folder poll");
        const string feed = "https://news.example.com/feed.xml";
        fetcher.Serve(feed, new FeedItemResult("guid-1", link, SourceTestFiles.Document(link, "镜像文件里的文章", "订阅里的正文，字节不同。"), null));
        await AddFeedAsync("news", feed, "1d");
        var polled = await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "news", s => s.LastSuccessAt is not null, "feed poll");

        await using var check = database.CreateContext();
        var article = await check.Articles.AsNoTracking().Include(a => a.Sources).SingleAsync();
        Assert.Equal([(ArticleSourceKind.File, file), (ArticleSourceKind.FeedItem, feed + "#guid-1")],
            article.Sources.OrderBy(s => s.Kind).Select(s => (s.Kind, s.Path)));
        Assert.Equal(FileOutcome.Duplicate, (await check.ImportFileOutcomes.AsNoTracking().SingleAsync(o => o.ImportRunId == polled.LastRunId)).Outcome);
    }

    [Fact]
    public async Task A_failing_feed_shows_its_reason_and_backs_off()
    {
        const string feed = "https://down.example.com/feed.xml";
        fetcher.Fail(feed, "连接被拒绝 Connection refused (down.example.com:443)");
        await AddFeedAsync("down", feed, "1s");
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(client);

        var failing = await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "down", s => s.ConsecutiveFailures >= 3, "three failures");

        Assert.Contains("Connection refused", failing.LastError, StringComparison.Ordinal);
        Assert.Null(failing.LastSuccessAt);
        // After three failures in a row the wait is 1 s × 2² instead of 1 s.
        Assert.True(failing.NextRunAt - failing.LastAttemptAt!.Value >= TimeSpan.FromSeconds(3.9), $"next run {failing.NextRunAt:O} after {failing.LastAttemptAt:O}");
        var page = await client.GetStringAsync("/Admin/Sources");
        Assert.Contains("Connection refused (down.example.com:443)", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.Contains("Connection refused", (await check.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == failing.LastRunId)).Error, StringComparison.Ordinal);

        // Back once the feed answers: the error and the back-off are gone.
        fetcher.Serve(feed, Item("x", "恢复后的第一条", "恢复了。"));
        var recovered = await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "down", s => s.LastSuccessAt is not null, "recovery", TimeSpan.FromMinutes(1));
        Assert.Equal((0, null), (recovered.ConsecutiveFailures, recovered.LastError));
    }

    private static FeedItemResult Item(string guid, string title, string text)
    {
        var link = $"https://feeds.example.com/items/{guid}";
        return new FeedItemResult(guid, link, SourceTestFiles.Document(link, title, text), null);
    }

    private async Task AddFeedAsync(string name, string feed, string schedule)
    {
        await using var db = database.CreateContext();
        await SourceRegistry.AddAsync(db, new SourceDraft(SourceKind.Feed, name, feed, schedule), DateTimeOffset.UtcNow, default);
    }

    /// <summary>"Fetch now" on the admin page, once the last poll has released the source.</summary>
    private async Task FetchNowAsync(string name, long? lastRunId)
    {
        var source = await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, name, s => s.LeaseOwner == null && s.LastRunId == lastRunId, "poll ended");
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(client);
        var response = await AdminClient.PostFormAsync(client, "/Admin/Sources", $"/Admin/Sources?handler=FetchNow&id={source.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }
}
