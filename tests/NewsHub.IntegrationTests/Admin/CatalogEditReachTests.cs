using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import.Runs;
using NewsHub.Web.Imports;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// An alias saved in /Admin/Catalog reaches everyone who reads the catalog snapshot, without a restart: the pages
/// resolve it, and the next import tags articles that write it.
/// </summary>
public sealed class CatalogEditReachTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    // A name nobody uses, so that nothing but the edit can make it known.
    private const string NewAlias = "蓝鲸出行";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-catalog-reach-").FullName;
    private AdminAppFactory app = null!;

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await Importing.SeedCatalogAsync(database);
        app = new AdminAppFactory(database.ConnectionString, importRoot);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    [Fact]
    public async Task A_new_alias_reaches_the_pages_and_the_next_imports_tagger()
    {
        var reader = app.CreateClient(new() { AllowAutoRedirect = false });
        // Read before the edit, so that the pages hold a snapshot the edit must replace.
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(CompanyPage(NewAlias))).StatusCode);
        Assert.Contains("\"company\"", await reader.GetStringAsync(EventsOf(NewAlias)), StringComparison.Ordinal);

        var (id, parentId, role, aliases) = await CompanyAsync("蔚来");
        using (var saved = await SaveAsync(id, "蔚来", role, parentId, string.Join('\n', [.. aliases, NewAlias])))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var page = await reader.GetAsync(CompanyPage(NewAlias)))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
            Assert.EndsWith(CompanyPage("蔚来"), Uri.UnescapeDataString(page.Headers.Location!.OriginalString), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\"company\"", await reader.GetStringAsync(EventsOf(NewAlias)), StringComparison.Ordinal);

        var folder = Path.Combine(importRoot, "after-edit");
        Directory.CreateDirectory(folder);
        // A real article with one paragraph added that names the company only by the new alias.
        var article = await File.ReadAllTextAsync(Path.Combine(VersionedCorpus.CorpusFolder, "36kr_1.md"));
        var div = article.IndexOf("<div>", StringComparison.Ordinal) + "<div>".Length;
        await File.WriteAllTextAsync(Path.Combine(folder, "blue-whale.md"),
            article.Insert(div, $"\n<p>{NewAlias}今天在上海发布了一款纯电动轿车，售价二十五万元起，{NewAlias}表示新车将于下个月开始交付。</p>\n"));
        var runId = await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(ImportRunKind.Import, folder, true, false));
        var run = await RunWaiter.WaitForEndAsync(database.ConnectionString, runId, Patience);
        Assert.Equal((ImportRunStatus.Succeeded, 1), (run.Status, run.NewCount));

        await using var db = database.CreateContext();
        var tagged = await db.ArticleCompanyMentions.AsNoTracking().Where(m => m.AsWritten == NewAlias).Select(m => m.CompanyId).Distinct().ToListAsync();
        Assert.Equal([id], tagged);
    }

    private static string CompanyPage(string name) => "/Companies/" + name;

    private static string EventsOf(string name) => "/api/events?company=" + Uri.EscapeDataString(name);

    private async Task<(int Id, int? ParentId, string Role, List<string> Aliases)> CompanyAsync(string name)
    {
        await using var db = database.CreateContext();
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.CanonicalName == name);
        var aliases = await db.CompanyAliases.AsNoTracking().Where(a => a.CompanyId == company.Id && !a.IsAmbiguous).Select(a => a.Name).ToListAsync();
        return (company.Id, company.ParentId, company.Role.ToString(), aliases);
    }

    private async Task<HttpResponseMessage> SaveAsync(int id, string name, string role, int? parentId, string aliases)
    {
        var admin = app.CreateClient(new() { AllowAutoRedirect = false });
        await AdminClient.SignInAsync(admin);
        var page = $"/Admin/Catalog/Edit?id={id.ToString(CultureInfo.InvariantCulture)}";
        return await AdminClient.PostFormAsync(admin, page, page,
            ("Input.Id", id.ToString(CultureInfo.InvariantCulture)),
            ("Input.CanonicalName", name),
            ("Input.Role", role),
            ("Input.ParentId", parentId?.ToString(CultureInfo.InvariantCulture) ?? ""),
            ("Input.EnglishNames", string.Join('\n', ["NIO", "Nio"])),
            ("Input.Aliases", aliases),
            ("Input.AmbiguousAliases", ""));
    }
}
