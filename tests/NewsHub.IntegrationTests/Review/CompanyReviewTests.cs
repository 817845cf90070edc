using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Review;

/// <summary>
/// The admin's review queue: discovered companies busiest first with their evidence; accept, merge and reject
/// through the signed-in forms, each followed by a re-tag run of the web host's worker.
/// </summary>
public sealed class CompanyReviewTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string QuietName = "云途数科";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-review-").FullName;
    private AdminAppFactory app = null!;

    private static DiscoveringAnalyzer Analyzer { get; } = new((DiscoveredArticles.Name, CompanyRole.Tech), (QuietName, CompanyRole.Other));

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await Importing.SeedCatalogAsync(database);
        using var folder = DiscoveredArticles.Write(new TestFolder(), count: 2)
            .Write("quiet.md", $"""
                ---
                title: 行业观察
                date: 2020-06-01
                ---

                据{QuietName}统计，今年新能源汽车销量继续增长。
                """);
        var summary = await Importing.ImportAsync(database, folder.Path, Analyzer);
        Assert.Empty(summary.Failures);
        app = new AdminAppFactory(database.ConnectionString, importRoot);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    [Fact]
    public async Task The_queue_is_for_the_admin_only_and_lists_the_busiest_first_with_mentions_and_partnership_sentences()
    {
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        using var refused = await anonymous.GetAsync("/Admin/Review");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        var admin = await SignedInAsync();
        var page = await admin.GetStringAsync("/Admin/Review");

        var busy = page.IndexOf($"data-company=\"{DiscoveredArticles.Name}\"", StringComparison.Ordinal);
        var quiet = page.IndexOf($"data-company=\"{QuietName}\"", StringComparison.Ordinal);
        Assert.True(busy >= 0 && quiet > busy, "the company with more mentions comes first");
        Assert.Contains("比亚迪与星河智驾在深圳签署战略合作协议", page, StringComparison.Ordinal);
        Assert.Contains($">{QuietName}</mark>", page, StringComparison.Ordinal);

        var details = await admin.GetStringAsync($"/Admin/Review/Details/{await IdOfAsync(DiscoveredArticles.Name)}");
        Assert.Contains("id=\"accept-form\"", details, StringComparison.Ordinal);
        Assert.Contains("id=\"merge-form\"", details, StringComparison.Ordinal);
        Assert.Contains("id=\"reject-form\"", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sentence_that_tells_two_of_its_pairs_is_listed_once_with_both()
    {
        const string sentence = "2021年5月8日，星河智驾分别与比亚迪和长城汽车签署战略合作协议。";
        using (var folder = new TestFolder().Write("three.md", $"---\ntitle: 三方合作\ndate: 2021-05-08\n---\n\n{sentence}\n"))
        {
            Assert.Empty((await Importing.ImportAsync(database, folder.Path, Analyzer)).Failures);
        }

        await using (var db = database.CreateContext())
        {
            var told = await db.PartnershipMentions.Where(m => m.Evidence.Contains("星河智驾分别与比亚迪和长城汽车"))
                .Select(m => m.CompanyAAsWritten + "/" + m.CompanyBAsWritten).ToListAsync();
            Assert.True(told.Count(p => p.Contains(DiscoveredArticles.Name, StringComparison.Ordinal)) == 2, $"the sentence tells both pairs of {DiscoveredArticles.Name}: {string.Join(", ", told)}");
        }

        var admin = await SignedInAsync();
        var details = await admin.GetStringAsync($"/Admin/Review/Details/{await IdOfAsync(DiscoveredArticles.Name)}");

        Assert.Equal(1, Occurrences(details, "星河智驾分别与比亚迪和长城汽车签署战略合作协议"));
        foreach (var partner in new[] { "比亚迪", "长城汽车" })
        {
            Assert.True(
                details.Contains($"{DiscoveredArticles.Name} × {partner}", StringComparison.Ordinal) || details.Contains($"{partner} × {DiscoveredArticles.Name}", StringComparison.Ordinal),
                $"the sentence's entry names its pair with {partner}");
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task Accepting_makes_a_catalog_entry_that_keeps_its_id_and_events_and_is_no_longer_marked()
    {
        var id = await IdOfAsync(DiscoveredArticles.Name);
        var eventsBefore = await EventIdsAsync(id);
        Assert.Equal(2, eventsBefore.Count);
        var admin = await SignedInAsync();

        await DecideAsync(admin, id, "Accept", ("Accept.Role", nameof(CompanyRole.Tech)), ("Accept.ParentId", ""));

        await using var db = database.CreateContext();
        var company = await db.Companies.Include(c => c.Aliases).SingleAsync(c => c.CanonicalName == DiscoveredArticles.Name);
        Assert.Equal(id, company.Id);
        Assert.Equal(CompanyStatus.Accepted, company.Status);
        Assert.Equal(CompanyRole.Tech, company.Role);
        Assert.Contains(company.Aliases, a => a.Name == DiscoveredArticles.Name);
        Assert.Equal(eventsBefore, await EventIdsAsync(id));
        Assert.Equal(4, await db.ArticleCompanyMentions.CountAsync(m => m.CompanyId == id));

        using var reader = app.CreateClient();
        var companyPage = await reader.GetStringAsync($"/Companies/{Uri.EscapeDataString(DiscoveredArticles.Name)}");
        Assert.DoesNotContain("class=\"unreviewed\"", companyPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-company=\"{DiscoveredArticles.Name}\"", await admin.GetStringAsync("/Admin/Review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_into_a_group_folds_its_mentions_and_events_into_that_group_with_the_retag()
    {
        var id = await IdOfAsync(DiscoveredArticles.Name);
        var baidu = await IdOfAsync("百度");
        var admin = await SignedInAsync();

        await DecideAsync(admin, id, "Accept", ("Accept.Role", nameof(CompanyRole.Tech)), ("Accept.ParentId", baidu.ToString(CultureInfo.InvariantCulture)));

        await using var db = database.CreateContext();
        Assert.Equal(baidu, (await db.Companies.SingleAsync(c => c.Id == id)).ParentId);
        Assert.Equal(4, await db.ArticleCompanyMentions.CountAsync(m => m.CompanyId == id && m.GroupId == baidu));
        Assert.Empty(await EventIdsAsync(id));
        var byd = await IdOfAsync("比亚迪");
        Assert.Equal(2, await db.PartnershipEvents.CountAsync(e => (e.CompanyAId == baidu && e.CompanyBId == byd) || (e.CompanyAId == byd && e.CompanyBId == baidu)));
    }

    [Fact]
    public async Task The_catalog_editor_sends_a_discovered_name_to_the_review_queue()
    {
        var admin = await SignedInAsync();

        using var refused = await AdminClient.PostFormAsync(admin, "/Admin/Catalog/Edit", "/Admin/Catalog/Edit",
            ("Input.Id", "0"), ("Input.CanonicalName", DiscoveredArticles.Name), ("Input.Role", nameof(CompanyRole.Tech)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("review queue", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(CompanyStatus.Discovered, (await db.Companies.SingleAsync(c => c.CanonicalName == DiscoveredArticles.Name)).Status);
    }

    [Fact]
    public async Task Merging_makes_the_name_an_alias_and_the_retag_gives_its_events_to_that_company()
    {
        var id = await IdOfAsync(DiscoveredArticles.Name);
        var baidu = await IdOfAsync("百度");
        var admin = await SignedInAsync();

        await DecideAsync(admin, id, "Merge", ("Merge.TargetId", baidu.ToString(CultureInfo.InvariantCulture)));

        await using var db = database.CreateContext();
        Assert.False(await db.Companies.AnyAsync(c => c.CanonicalName == DiscoveredArticles.Name));
        Assert.Equal(baidu, (await db.CompanyAliases.SingleAsync(a => a.Name == DiscoveredArticles.Name)).CompanyId);
        Assert.Equal(4, await db.ArticleCompanyMentions.CountAsync(m => m.CompanyId == baidu && m.AsWritten == DiscoveredArticles.Name));
        var byd = await IdOfAsync("比亚迪");
        Assert.Equal(2, await db.PartnershipEvents.CountAsync(e => (e.CompanyAId == baidu && e.CompanyBId == byd) || (e.CompanyAId == byd && e.CompanyBId == baidu)));
    }

    [Fact]
    public async Task Rejecting_remembers_the_name_its_findings_go_and_a_reimport_never_brings_it_back()
    {
        var id = await IdOfAsync(DiscoveredArticles.Name);
        var admin = await SignedInAsync();

        await DecideAsync(admin, id, "Reject");

        await using (var db = database.CreateContext())
        {
            Assert.Equal(CompanyStatus.Rejected, (await db.Companies.SingleAsync(c => c.Id == id)).Status);
            Assert.Empty(await EventIdsAsync(id));
            Assert.False(await db.ArticleCompanyMentions.AnyAsync(m => m.CompanyId == id));
        }

        using var reader = app.CreateClient();
        using var byName = await reader.GetAsync($"/Companies/{Uri.EscapeDataString(DiscoveredArticles.Name)}");
        using var byId = await reader.GetAsync($"/Companies/{id}");
        Assert.Equal(HttpStatusCode.NotFound, byName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);

        using var folder = DiscoveredArticles.Write(new TestFolder(), count: 3);
        folder.Write("discovered-0.md", "---\ntitle: 又一篇\ndate: 2024-01-02\n---\n\n2024年1月2日，长城汽车与星河智驾签署合作协议。\n");
        var summary = await Importing.ImportAsync(database, folder.Path, Analyzer);

        Assert.Empty(summary.Failures);
        await using var after = database.CreateContext();
        Assert.Equal(1, await after.Companies.CountAsync(c => c.CanonicalName == DiscoveredArticles.Name));
        Assert.False(await after.ArticleCompanyMentions.AnyAsync(m => m.CompanyId == id));
        Assert.Empty(await EventIdsAsync(id));

        // Deciding again is refused, and the queue says why.
        using var again = await AdminClient.PostFormAsync(admin, "/Admin/Review", $"/Admin/Review/Details/{id}?handler=Accept", ("Accept.Role", nameof(CompanyRole.Tech)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("已经审核过", await admin.GetStringAsync("/Admin/Review"), StringComparison.Ordinal);
    }

    /// <summary>Posts a decision, follows it to its re-tag run and waits for the run to finish well.</summary>
    private async Task DecideAsync(HttpClient admin, int id, string handler, params (string Name, string Value)[] fields)
    {
        var page = $"/Admin/Review/Details/{id}";
        using var response = await AdminClient.PostFormAsync(admin, page, $"{page}?handler={handler}", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Admin/Imports/Details/", location, StringComparison.Ordinal);
        var runId = long.Parse(location["/Admin/Imports/Details/".Length..], CultureInfo.InvariantCulture);
        var run = await RunWaiter.WaitForEndAsync(database.ConnectionString, runId, RunTimeout);
        Assert.Equal(ImportRunKind.Retag, run.Kind);
        Assert.Equal(ImportRunStatus.Succeeded, run.Status);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var admin = app.CreateClient(new() { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(admin);
        return admin;
    }

    private async Task<int> IdOfAsync(string name)
    {
        await using var db = database.CreateContext();
        return await db.Companies.Where(c => c.CanonicalName == name).Select(c => c.Id).SingleAsync();
    }

    private async Task<List<long>> EventIdsAsync(int companyId)
    {
        await using var db = database.CreateContext();
        return await db.PartnershipEvents.Where(e => e.CompanyAId == companyId || e.CompanyBId == companyId).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
    }
}
