using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Ingestion.Feeds;
using NewsHub.Ingestion.Sources;
using NewsHub.Pipeline.Sources;

namespace NewsHub.IntegrationTests.Sources;

/// <summary>/Admin/Sources: add, pause, resume, fetch now, delete, and OPML out and back in, behind the sign-in and its form tokens.</summary>
public sealed class AdminSourcesTests : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-admin-sources-").FullName;
    private readonly FakeFeedFetcher fetcher = new();
    private AdminAppFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new AdminAppFactory(database.ConnectionString, importRoot,
            settings: new Dictionary<string, string> { ["Sources:PollInterval"] = "00:00:00.200" },
            customise: builder => builder.ConfigureTestServices(services => services.AddSingleton<IFeedFetcher>(fetcher)));
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(client);
    }

    [Fact]
    public async Task The_sources_page_needs_the_sign_in_and_its_forms_need_their_token()
    {
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Admin/Sources")).StatusCode);
        var forged = await client.PostAsync("/Admin/Sources/Edit", new FormUrlEncodedContent([new("Kind", "Feed"), new("Locator", "https://example.com/f.xml")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var db = database.CreateContext();
        Assert.False(await db.Sources.AnyAsync());
    }

    [Fact]
    public async Task An_admin_adds_pauses_resumes_fetches_and_deletes_a_feed_and_its_articles_stay()
    {
        const string feed = "https://feeds.example.com/admin.xml";
        fetcher.Serve(feed, new FeedItemResult("1", "https://feeds.example.com/1", SourceTestFiles.Document("https://feeds.example.com/1", "后台添加的订阅条目", "正文。"), null));

        var added = await AdminClient.PostFormAsync(client, "/Admin/Sources/Edit", "/Admin/Sources/Edit",
            ("Kind", "Feed"), ("Locator", feed), ("Name", "后台订阅"), ("Schedule", "1h"), ("Enabled", "true"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var polled = await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "后台订阅", s => s.LastSuccessAt is not null && s.LeaseOwner == null, "first poll");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Admin/Sources"));
        Assert.Contains("后台订阅", page, StringComparison.Ordinal);
        Assert.Contains("条目 1 items，新增 1 new", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Post("Pause", polled.Id)).StatusCode);
        Assert.False((await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "后台订阅", _ => true, "read")).Enabled);
        Assert.Contains("已暂停", await FollowNoticeAsync(await Post("FetchNow", polled.Id)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Post("Resume", polled.Id)).StatusCode);
        var fetchesBefore = fetcher.Fetches;
        Assert.Equal(HttpStatusCode.Redirect, (await Post("FetchNow", polled.Id)).StatusCode);
        await SourceTestFiles.WaitForSourceAsync(database.ConnectionString, "后台订阅", s => s.LastRunId != polled.LastRunId && s.LeaseOwner == null, "fetched now");
        Assert.True(fetcher.Fetches > fetchesBefore);

        Assert.Equal(HttpStatusCode.Redirect, (await Post("Delete", polled.Id)).StatusCode);
        await using var db = database.CreateContext();
        Assert.False(await db.Sources.AnyAsync());
        var article = await db.Articles.AsNoTracking().Include(a => a.Sources).SingleAsync();
        Assert.Equal(("后台添加的订阅条目", ArticleStatus.Active), (article.Title, article.Status));
        Assert.Null(article.Sources.Single().SourceId);
    }

    [Fact]
    public async Task The_add_form_prefills_the_schedule_of_the_kind_and_a_folder_added_as_prefilled_is_rescanned_on_the_folder_default()
    {
        var forFolder = await client.GetStringAsync("/Admin/Sources/Edit?kind=Folder");
        Assert.Contains($"value=\"{SourceRegistry.DefaultFolderSchedule}\"", ScheduleInput(forFolder), StringComparison.Ordinal);
        var forFeed = await client.GetStringAsync("/Admin/Sources/Edit?kind=Feed");
        Assert.Contains($"value=\"{SourceRegistry.DefaultFeedSchedule}\"", ScheduleInput(forFeed), StringComparison.Ordinal);

        // The kind-less add form cannot know the kind the admin will choose: it leaves the schedule to the kind's default.
        var prefilled = System.Text.RegularExpressions.Regex.Match(ScheduleInput(await client.GetStringAsync("/Admin/Sources/Edit")), "value=\"([^\"]*)\"").Groups[1].Value;
        var folder = Directory.CreateDirectory(Path.Combine(importRoot, "watched")).FullName;
        var added = await AdminClient.PostFormAsync(client, "/Admin/Sources/Edit", "/Admin/Sources/Edit",
            ("Kind", "Folder"), ("Locator", folder), ("Schedule", prefilled), ("Enabled", "true"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var db = database.CreateContext();
        Assert.Equal(SourceRegistry.DefaultFolderSchedule, (await db.Sources.SingleAsync()).Schedule);
    }

    /// <summary>The schedule's input element of a source form.</summary>
    private static string ScheduleInput(string page)
    {
        var start = page.IndexOf("name=\"Schedule\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the form has a schedule input");
        var open = page.LastIndexOf('<', start);
        return page[open..(page.IndexOf('>', start) + 1)];
    }

    [Fact]
    public async Task A_folder_outside_the_import_roots_is_refused()
    {
        var outside = Directory.CreateTempSubdirectory("newshub-outside-").FullName;
        try
        {
            var response = await AdminClient.PostFormAsync(client, "/Admin/Sources/Edit", "/Admin/Sources/Edit", ("Kind", "Folder"), ("Locator", outside), ("Schedule", "10m"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("import root", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
            await using var db = database.CreateContext();
            Assert.False(await db.Sources.AnyAsync());
        }
        finally
        {
            Directory.Delete(outside);
        }
    }

    [Fact]
    public async Task Feeds_exported_as_OPML_come_back_when_the_file_is_imported()
    {
        foreach (var (name, url) in new[] { ("甲", "https://a.example.com/rss"), ("乙 & 丙", "https://b.example.com/atom.xml?lang=zh") })
        {
            var response = await AdminClient.PostFormAsync(client, "/Admin/Sources/Edit", "/Admin/Sources/Edit",
                ("Kind", "Feed"), ("Locator", url), ("Name", name), ("Schedule", "1d"), ("Enabled", "false"));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var export = await client.GetAsync("/Admin/Sources?handler=Opml");
        Assert.Equal("text/x-opml", export.Content.Headers.ContentType?.MediaType);
        var opml = await export.Content.ReadAsByteArrayAsync();
        await using (var db = database.CreateContext())
        {
            await db.Sources.ExecuteDeleteAsync();
        }

        var token = await AdminClient.AntiForgeryTokenAsync(client, "/Admin/Sources");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(opml), "opml", "feeds.opml" },
        };
        var imported = await client.PostAsync("/Admin/Sources?handler=Opml", form);
        Assert.Contains("Added 2 feeds from OPML, skipped 0", await FollowNoticeAsync(imported), StringComparison.Ordinal);

        await using var check = database.CreateContext();
        var sources = await check.Sources.AsNoTracking().OrderBy(s => s.Locator).Select(s => new { s.Name, s.Kind, s.Locator }).ToListAsync();
        Assert.Equal([("甲", SourceKind.Feed, "https://a.example.com/rss"), ("乙 & 丙", SourceKind.Feed, "https://b.example.com/atom.xml?lang=zh")],
            sources.Select(s => (s.Name, s.Kind, s.Locator)));

        // The same file again adds nothing and says why.
        var token2 = await AdminClient.AntiForgeryTokenAsync(client, "/Admin/Sources");
        using var again = new MultipartFormDataContent
        {
            { new StringContent(token2), "__RequestVerificationToken" },
            { new ByteArrayContent(opml), "opml", "feeds.opml" },
        };
        var notice = await FollowNoticeAsync(await client.PostAsync("/Admin/Sources?handler=Opml", again));
        Assert.Contains("Added 0 feeds from OPML, skipped 2", notice, StringComparison.Ordinal);
        Assert.Contains("exists already", notice, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Post(string handler, long id) =>
        await AdminClient.PostFormAsync(client, "/Admin/Sources", $"/Admin/Sources?handler={handler}&id={id}");

    /// <summary>Follows a post's redirect and returns the notice the page shows.</summary>
    private async Task<string> FollowNoticeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!));
        var start = html.IndexOf("id=\"notice\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page shows no notice");
        return html[(start + 12)..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }
}
