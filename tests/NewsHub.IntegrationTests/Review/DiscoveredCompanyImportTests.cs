using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import;
using NewsHub.Pipeline.Retagging;

namespace NewsHub.IntegrationTests.Review;

/// <summary>A company discovered in articles is stored as one, takes part in partnerships and shows everywhere, marked.</summary>
public sealed class DiscoveredCompanyImportTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await Importing.SeedCatalogAsync(database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Concurrent_writers_store_a_discovered_company_once_with_its_mentions_and_partnerships()
    {
        using var folder = DiscoveredArticles.Write(new TestFolder(), count: 8);

        var summary = await Importing.Runner(database, DiscoveredArticles.Analyzer, new ImportOptions { WriteParallelism = 4 })
            .RunAsync(new ImportRequest(folder.Path));

        Assert.Empty(summary.Failures);
        Assert.Equal(8, summary.Count(FileOutcome.New));
        await using var db = database.CreateContext();
        var company = await db.Companies.SingleAsync(c => c.CanonicalName == DiscoveredArticles.Name);
        Assert.Equal(CompanyStatus.Discovered, company.Status);
        Assert.Equal(CompanyRole.Tech, company.Role);
        Assert.Null(company.ParentId);
        Assert.Equal(16, await db.ArticleCompanyMentions.CountAsync(m => m.CompanyId == company.Id && m.GroupId == company.Id));
        var byd = await db.Companies.SingleAsync(c => c.CanonicalName == "比亚迪");
        var events = await db.PartnershipEvents.Where(e => e.CompanyAId == company.Id || e.CompanyBId == company.Id).ToListAsync();
        Assert.Equal(8, events.Count);
        Assert.All(events, e => Assert.Equal([byd.Id, company.Id], new[] { e.CompanyAId, e.CompanyBId }.Order()));
    }

    [Fact]
    public async Task The_stored_catalog_leaves_discovered_companies_out_and_carries_rejected_names()
    {
        using var folder = DiscoveredArticles.Write(new TestFolder());
        await Importing.ImportAsync(database, folder.Path, new DiscoveringAnalyzer((DiscoveredArticles.Name, CompanyRole.Tech), ("深圳", CompanyRole.Other)));
        await using (var db = database.CreateContext())
        {
            await db.Companies.Where(c => c.CanonicalName == "深圳").ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CompanyStatus.Rejected));
        }

        await using var read = database.CreateContext();
        var stored = await CatalogSnapshot.LoadAsync(read, CancellationToken.None);

        Assert.Null(stored.Catalog.Find(DiscoveredArticles.Name));
        Assert.NotNull(stored.FindDiscovered(DiscoveredArticles.Name));
        Assert.Null(stored.FindDiscovered("深圳"));
        Assert.Contains("深圳", stored.Catalog.RejectedNames);
        Assert.NotNull(stored.Catalog.Find("比亚迪"));
    }

    [Fact]
    public async Task Retag_and_a_mirroring_seed_keep_discovered_and_rejected_rows_and_a_listed_one_keeps_its_id()
    {
        using var folder = DiscoveredArticles.Write(new TestFolder());
        await Importing.ImportAsync(database, folder.Path, new DiscoveringAnalyzer((DiscoveredArticles.Name, CompanyRole.Tech), ("深圳", CompanyRole.Other)));
        await using (var db = database.CreateContext())
        {
            await db.Companies.Where(c => c.CanonicalName == "深圳").ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CompanyStatus.Rejected));
        }

        await new ArticleRetagger(Importing.Contexts(database), NullLogger<ArticleRetagger>.Instance).RetagAsync(dryRun: false, null, CancellationToken.None);
        await using (var db = database.CreateContext())
        {
            await new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance).SeedAsync(CompanyCatalogFile.Default, CatalogSeedMode.Mirror, CancellationToken.None);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(CompanyStatus.Discovered, (await db.Companies.SingleAsync(c => c.CanonicalName == DiscoveredArticles.Name)).Status);
            Assert.Equal(CompanyStatus.Rejected, (await db.Companies.SingleAsync(c => c.CanonicalName == "深圳")).Status);
        }

        var discoveredId = await IdOfAsync(DiscoveredArticles.Name);
        var listed = CompanyCatalog.Create(CompanyCatalogFile.Default.Companies.Append(
            new CatalogCompany(DiscoveredArticles.Name, CompanyRole.Tech, null, [], [new CatalogAlias(DiscoveredArticles.Name, false)])));
        await using (var db = database.CreateContext())
        {
            await new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance).SeedAsync(listed, CatalogSeedMode.Merge, CancellationToken.None);
        }

        await using var after = database.CreateContext();
        var company = await after.Companies.SingleAsync(c => c.CanonicalName == DiscoveredArticles.Name);
        Assert.Equal(discoveredId, company.Id);
        Assert.Equal(CompanyStatus.Catalog, company.Status);
    }

    [Fact]
    public async Task The_network_drawing_marks_a_discovered_company_as_not_yet_reviewed_in_words_as_its_table_does()
    {
        using var folder = DiscoveredArticles.Write(new TestFolder());
        await Importing.ImportAsync(database, folder.Path, DiscoveredArticles.Analyzer);
        await using var app = new NewsHubAppFactory(database.ConnectionString);
        using var client = app.CreateClient();

        var page = await client.GetStringAsync("/Network");

        var start = page.IndexOf("id=\"network-svg\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the network is drawn");
        var svg = page[start..page.IndexOf("</svg>", start, StringComparison.Ordinal)];
        Assert.Contains($">{DiscoveredArticles.Name}<tspan", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"unreviewed-label\"", svg, StringComparison.Ordinal);
        Assert.Contains("（未审核）", svg, StringComparison.Ordinal);
        Assert.Contains($"{DiscoveredArticles.Name}（未审核", svg, StringComparison.Ordinal);
        Assert.Equal(1, svg.Split("unreviewed-node").Length - 1);
        Assert.Contains("id=\"legend-unreviewed\"", page, StringComparison.Ordinal);
        Assert.Contains("not yet reviewed", await client.GetStringAsync("/Network?lang=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_discovered_company_shows_marked_on_the_timeline_its_pages_the_api_the_csv_and_the_feed()
    {
        using var folder = DiscoveredArticles.Write(new TestFolder());
        await Importing.ImportAsync(database, folder.Path, DiscoveredArticles.Analyzer);
        var id = await IdOfAsync(DiscoveredArticles.Name);
        await using var app = new NewsHubAppFactory(database.ConnectionString);
        using var client = app.CreateClient();
        var name = Uri.EscapeDataString(DiscoveredArticles.Name);

        var timeline = await client.GetStringAsync("/");
        Assert.Contains(DiscoveredArticles.Name, timeline, StringComparison.Ordinal);
        Assert.Contains("class=\"unreviewed\"", timeline, StringComparison.Ordinal);
        Assert.Contains("未审核", timeline, StringComparison.Ordinal);
        Assert.Contains("not yet reviewed", await client.GetStringAsync("/?lang=en"), StringComparison.Ordinal);

        var filtered = await client.GetStringAsync($"/?company={name}");
        Assert.DoesNotContain($"没有名为“{DiscoveredArticles.Name}”的公司", filtered, StringComparison.Ordinal);
        Assert.Contains("class=\"event\"", filtered, StringComparison.Ordinal);

        Assert.Contains("class=\"unreviewed\"", await client.GetStringAsync($"/Companies/{name}"), StringComparison.Ordinal);
        Assert.Contains("class=\"unreviewed\"", await client.GetStringAsync($"/Pairs/{Uri.EscapeDataString("比亚迪")}/{name}"), StringComparison.Ordinal);

        using var events = JsonDocument.Parse(await client.GetStringAsync($"/api/events?company={name}"));
        var sides = events.RootElement.GetProperty("items")[0].GetProperty("companies").EnumerateArray().ToList();
        Assert.False(sides.Single(c => c.GetProperty("name").GetString() == DiscoveredArticles.Name).GetProperty("reviewed").GetBoolean());
        Assert.True(sides.Single(c => c.GetProperty("name").GetString() == "比亚迪").GetProperty("reviewed").GetBoolean());
        Assert.Empty(events.RootElement.GetProperty("problems").EnumerateArray());

        using var companies = JsonDocument.Parse(await client.GetStringAsync($"/api/companies?q={name}&pageSize=100"));
        Assert.Contains(companies.RootElement.GetProperty("items").EnumerateArray(),
            c => c.GetProperty("name").GetString() == DiscoveredArticles.Name && !c.GetProperty("reviewed").GetBoolean());

        var csv = (await client.GetStringAsync($"/exports/events.csv?company={name}")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].TrimStart('\uFEFF').Split(',');
        var row = csv[1].Split(',');
        var side = row[Array.IndexOf(header, "company_a")] == DiscoveredArticles.Name ? "a" : "b";
        Assert.Equal(DiscoveredArticles.Name, row[Array.IndexOf(header, $"company_{side}")]);
        Assert.Equal("no", row[Array.IndexOf(header, $"company_{side}_reviewed")]);
        Assert.Equal("yes", row[Array.IndexOf(header, $"company_{(side == "a" ? "b" : "a")}_reviewed")]);

        using var feed = await client.GetAsync($"/feeds/companies/{id}.atom");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains($"{DiscoveredArticles.Name}（未审核）", await feed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decisions_that_would_break_the_catalog_are_refused_naming_the_company_and_the_retag_report_names_a_rejected_one()
    {
        using var folder = DiscoveredArticles.Write(new TestFolder(), count: 2);
        await Importing.ImportAsync(database, folder.Path, new DiscoveringAnalyzer((DiscoveredArticles.Name, CompanyRole.Tech), ("深圳", CompanyRole.Other)));
        var discovered = await IdOfAsync(DiscoveredArticles.Name);
        var city = await IdOfAsync("深圳");

        await using (var db = database.CreateContext())
        {
            var underDiscovered = await new CompanyReview(db).AcceptAsync(discovered, CompanyRole.Tech, city, CancellationToken.None);
            Assert.False(underDiscovered.Done);
            Assert.Contains(DiscoveredArticles.Name, underDiscovered.Problem, StringComparison.Ordinal);

            var intoDiscovered = await new CompanyReview(db).MergeAsync(discovered, city, CancellationToken.None);
            Assert.False(intoDiscovered.Done);
            Assert.Contains("not in the catalog", intoDiscovered.Problem, StringComparison.Ordinal);

            Assert.True((await new CompanyReview(db).RejectAsync(city, CancellationToken.None)).Done);
            var twice = await new CompanyReview(db).RejectAsync(city, CancellationToken.None);
            Assert.False(twice.Done);
            Assert.Contains("深圳", twice.Problem, StringComparison.Ordinal);
        }

        var report = await new ArticleRetagger(Importing.Contexts(database), NullLogger<ArticleRetagger>.Instance).RetagAsync(dryRun: false, null, CancellationToken.None);

        var change = Assert.Single(report.Companies, c => c.Company == "深圳");
        Assert.Equal(2, change.Removed);
        await using var after = database.CreateContext();
        Assert.Equal(CompanyStatus.Discovered, (await after.Companies.SingleAsync(c => c.Id == discovered)).Status);
    }

    [Fact]
    public async Task A_retag_with_discovery_stores_new_companies_keeps_rejected_names_out_and_keeps_an_accepted_ones_events()
    {
        using var folder = DiscoveredArticles.Write(new TestFolder(), count: 2);
        await Importing.ImportAsync(database, folder.Path, new TaggingAnalyzer());
        Task<RetagReport> RetagAsync() =>
            new ArticleRetagger(Importing.Contexts(database), NullLogger<ArticleRetagger>.Instance,
                    analysisFor: catalog => new DiscoveringAnalyzer(catalog, (DiscoveredArticles.Name, CompanyRole.Tech), ("深圳", CompanyRole.Other)))
                .RetagAsync(dryRun: false, null, CancellationToken.None);

        var first = await RetagAsync();

        Assert.Equal(2, first.ArticlesChanged);
        var discovered = await IdOfAsync(DiscoveredArticles.Name);
        var city = await IdOfAsync("深圳");
        var events = await EventIdsAsync(discovered);
        Assert.Equal(2, events.Count);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(4, await db.ArticleCompanyMentions.CountAsync(m => m.CompanyId == discovered));
            Assert.True((await new CompanyReview(db).RejectAsync(city, CancellationToken.None)).Done);
            Assert.True((await new CompanyReview(db).AcceptAsync(discovered, CompanyRole.Tech, null, CancellationToken.None)).Done);
        }

        var second = await RetagAsync();

        Assert.Equal(2, second.ArticlesChanged);
        await using var after = database.CreateContext();
        Assert.False(await after.ArticleCompanyMentions.AnyAsync(m => m.CompanyId == city));
        Assert.Equal(4, await after.ArticleCompanyMentions.CountAsync(m => m.CompanyId == discovered));
        Assert.Equal(events, await EventIdsAsync(discovered));
        Assert.Equal(1, await after.Companies.CountAsync(c => c.CanonicalName == "深圳"));
    }

    private async Task<List<long>> EventIdsAsync(int companyId)
    {
        await using var db = database.CreateContext();
        return await db.PartnershipEvents.Where(e => e.CompanyAId == companyId || e.CompanyBId == companyId).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
    }

    private async Task<int> IdOfAsync(string name)
    {
        await using var db = database.CreateContext();
        return await db.Companies.Where(c => c.CanonicalName == name).Select(c => c.Id).SingleAsync();
    }
}
