using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Data.Changes;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Pages;
using NewsHub.Web.Caching;
using Npgsql;

namespace NewsHub.IntegrationTests.Caching;

/// <summary>
/// The output cache of public pages against a real PostgreSQL: what it keeps, what it never keeps, and
/// that every change, from this app, another connection or the CLI in another process, shows on the very
/// next request through the real notification path.
/// </summary>
public sealed class PageCacheTests(PageCacheTests.Fixture app) : IClassFixture<PageCacheTests.Fixture>
{
    private static readonly string HuaweiPage = "/Companies/" + Uri.EscapeDataString("华为");

    [Theory]
    [InlineData("/")]
    [InlineData("/Companies/%E5%8D%8E%E4%B8%BA")]
    [InlineData("/Search?q=%E5%8D%8E%E4%B8%BA")]
    [InlineData("/api/events?company=%E5%8D%8E%E4%B8%BA")]
    public async Task A_second_request_for_the_same_address_is_served_from_the_cache(string url)
    {
        // A query key of its own: no other test has cached this address.
        url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "probe=" + Guid.NewGuid().ToString("N");
        using var client = app.Factory.CreateClient();
        var feed = app.Factory.Services.GetRequiredService<DataChangeFeed>();

        // A write in between (the app's search backfill at start, say) rightly makes the second a miss: try again.
        for (var attempt = 1; ; attempt++)
        {
            var generation = feed.Generation;
            using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
            using var second = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (feed.Generation != generation && attempt < 5)
            {
                continue;
            }

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
            Assert.NotNull(second.Headers.Age);
            Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
            return;
        }
    }

    [Fact]
    public async Task The_atom_feed_is_cached_and_the_csv_download_never()
    {
        int huaweiId;
        await using (var db = app.CreateContext())
        {
            huaweiId = await db.Companies.Where(c => c.CanonicalName == "华为").Select(c => c.Id).SingleAsync();
        }

        var probe = "probe=" + Guid.NewGuid().ToString("N");
        Assert.Equal((false, true), await AgeOfTwoRequestsAsync($"/feeds/companies/{huaweiId}.atom?{probe}"));
        Assert.Equal((false, false), await AgeOfTwoRequestsAsync($"/exports/events.csv?{probe}"));
    }

    [Fact]
    public async Task Admin_pages_are_never_cached()
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(client);

        foreach (var url in new[] { "/Admin", "/Admin/Catalog", "/Admin/Imports" })
        {
            using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
            using var second = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Null(second.Headers.Age);
        }
    }

    [Fact]
    public async Task Each_language_has_its_own_cached_page_and_the_language_switch_is_not_cached()
    {
        var url = "/?probe=" + Guid.NewGuid().ToString("N");
        using var client = app.Factory.CreateClient();
        var chinese = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        using var english = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var englishResponse = await client.SendAsync(english);
        var englishHtml = await englishResponse.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"zh-CN\">", chinese, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", englishHtml, StringComparison.Ordinal);
        Assert.Null(englishResponse.Headers.Age);
        Assert.Contains("<html lang=\"zh-CN\">", await client.GetStringAsync(new Uri(url, UriKind.Relative)), StringComparison.Ordinal);

        // ?lang= sets the language cookie: that answer must reach the browser itself, never a copy.
        var switchUrl = url + "&lang=en";
        Assert.Equal((false, false), await AgeOfTwoRequestsAsync(switchUrl));
        using var switched = await client.GetAsync(new Uri(switchUrl, UriKind.Relative));
        Assert.Contains(switched.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_change_committed_by_another_connection_shows_on_the_very_next_request()
    {
        using var client = app.Factory.CreateClient();
        await using var writer = new NpgsqlConnection(app.ConnectionString);
        await writer.OpenAsync();

        // Many times over, since a notification that arrived late would lose only now and then.
        for (var round = 0; round < 25; round++)
        {
            var alias = $"缓存测试别名{round}";
            var before = await client.GetStringAsync(new Uri(HuaweiPage, UriKind.Relative));
            using (var cached = await client.GetAsync(new Uri(HuaweiPage, UriKind.Relative)))
            {
                Assert.NotNull(cached.Headers.Age);
            }

            Assert.DoesNotContain(alias, before, StringComparison.Ordinal);
            await using (var insert = new NpgsqlCommand(
                "INSERT INTO company_aliases (company_id, name, is_ambiguous) SELECT id, $1, false FROM companies WHERE canonical_name = '华为'", writer))
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = alias });
                Assert.Equal(1, await insert.ExecuteNonQueryAsync());
            }

            var after = await client.GetStringAsync(new Uri(HuaweiPage, UriKind.Relative));
            Assert.Contains(alias, after, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_article_imported_by_the_cli_in_another_process_shows_on_a_page_that_was_cached()
    {
        using var folder = new TemporaryFolder();
        var title = "缓存失效测试：蔚来与地平线签署合作协议 " + Guid.NewGuid().ToString("N")[..8];
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "article.md"), $"""
            ---
            title: {title}
            date: 2031-01-02
            source: NewsHub 测试
            ---

            2031年1月2日，蔚来与地平线签署合作协议，双方将在智能驾驶领域开展合作。
            """);
        using var client = app.Factory.CreateClient();
        await client.GetStringAsync(new Uri("/Articles", UriKind.Relative));
        using (var cached = await client.GetAsync(new Uri("/Articles", UriKind.Relative)))
        {
            Assert.NotNull(cached.Headers.Age);
            Assert.DoesNotContain(title, await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var import = await NewsHubCli.RunAsync(app.ConnectionString, ["import", folder.Path]);

        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains(title, await client.GetStringAsync(new Uri("/Articles", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_catalog_edit_by_the_admin_shows_on_the_company_page_that_was_cached()
    {
        int baiduId;
        await using (var db = app.CreateContext())
        {
            baiduId = await db.Companies.Where(c => c.CanonicalName == "百度").Select(c => c.Id).SingleAsync();
        }

        var page = "/Companies/" + Uri.EscapeDataString("百度");
        using var reader = app.Factory.CreateClient();
        await reader.GetStringAsync(new Uri(page, UriKind.Relative));
        using (var cached = await reader.GetAsync(new Uri(page, UriKind.Relative)))
        {
            Assert.NotNull(cached.Headers.Age);
        }

        using var admin = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(admin);
        using var saved = await AdminClient.PostFormAsync(admin, $"/Admin/Catalog/Edit?id={baiduId}", $"/Admin/Catalog/Edit?id={baiduId}",
            ("Input.Id", baiduId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.CanonicalName", "百度"),
            ("Input.Role", "Tech"),
            ("Input.ParentId", ""),
            ("Input.EnglishNames", "Baidu"),
            ("Input.Aliases", "百度\nBaidu\n百度缓存测试"),
            ("Input.AmbiguousAliases", ""));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("百度缓存测试", await reader.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_feed_loses_its_connection_it_listens_again_and_pages_show_what_changed_meanwhile()
    {
        using var client = app.Factory.CreateClient();
        await client.GetStringAsync(new Uri(HuaweiPage, UriKind.Relative));
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'newshub-web change feed'", connection);
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
            await using var insert = new NpgsqlCommand(
                "INSERT INTO company_aliases (company_id, name, is_ambiguous) SELECT id, '断线期间的别名', false FROM companies WHERE canonical_name = '华为'", connection);
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Contains("断线期间的别名", await client.GetStringAsync(new Uri(HuaweiPage, UriKind.Relative)), StringComparison.Ordinal);

        // Listening again (after a short pause), the cache is used again.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var cachedAgain = false;
        while (!cachedAgain && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            cachedAgain = await AgeOfTwoRequestsAsync(HuaweiPage) is (_, true);
        }

        Assert.True(cachedAgain, "the page cache was not used again within 20 s of the feed's connection being cut");
        Assert.Contains("断线期间的别名", await client.GetStringAsync(new Uri(HuaweiPage, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_that_pages_read_notifies_its_changes()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var notifying = new List<string>();
        var others = new List<string>();
        await using (var command = new NpgsqlCommand("""
            SELECT c.relname, EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'notify_data_changed')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                (reader.GetBoolean(1) ? notifying : others).Add(reader.GetString(0));
            }
        }

        // A new table that pages read must notify too; only the admin's bookkeeping (import runs and their batches,
        // sources and quality reports: admin pages, never cached) and the Data Protection keys (no page shows them) may not.
        Assert.Equal(DataChangeNotifications.Tables.Order(StringComparer.Ordinal), notifying);
        Assert.Equal(
            ["__ef_migrations_history", "data_protection_keys", "import_file_outcomes", "import_run_batches", "import_runs", "quality_report_figures", "quality_reports", "sources"],
            others);
    }

    /// <summary>Whether each of two requests in a row was answered from the cache (had an Age header).</summary>
    private async Task<(bool First, bool Second)> AgeOfTwoRequestsAsync(string url)
    {
        using var client = app.Factory.CreateClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        return (first.Headers.Age is not null, second.Headers.Age is not null);
    }

    /// <summary>The <see cref="TimelineSeed"/> world and the app with its admin, on a database of its own.</summary>
    public sealed class Fixture : DatabaseFixture
    {
        private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-cache-").FullName;
        private AdminAppFactory? factory;

        public AdminAppFactory Factory => factory ?? throw new InvalidOperationException("The fixture is not initialised.");

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using (var db = CreateContext())
            {
                await TimelineSeed.WriteAsync(db);
            }

            factory = new AdminAppFactory(ConnectionString, importRoot, runWorker: false);
            _ = factory.Server;

            // The feed starts listening in the background; until it does, nothing is cached.
            var feed = factory.Services.GetRequiredService<DataChangeFeed>();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (!feed.IsLive && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.True(feed.IsLive, "the change feed did not start listening within 30 s");
        }

        public override async Task DisposeAsync()
        {
            if (factory is not null)
            {
                await factory.DisposeAsync();
            }

            Directory.Delete(importRoot, recursive: true);
            await base.DisposeAsync();
        }
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("newshub-cache-import-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
