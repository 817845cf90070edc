using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>The admin's catalog form holds edits to the catalog's own rules, no stricter and no looser.</summary>
public sealed class CatalogEditTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-catalog-edit-").FullName;
    private AdminAppFactory app = null!;

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await Importing.SeedCatalogAsync(database);
        app = new AdminAppFactory(database.ConnectionString, importRoot, runWorker: false);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    [Theory]
    [InlineData("极星")]
    [InlineData("沃尔沃")]
    public async Task A_shipped_company_nested_two_levels_deep_saves_as_it_stands(string name)
    {
        var (id, parentId, role) = await CompanyAsync(name);
        Assert.NotNull(parentId);

        using var saved = await SaveAsync(id, name, role, parentId, aliases: name);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task An_alias_that_stands_for_another_company_is_refused_with_the_catalogs_reason()
    {
        var (id, parentId, role) = await CompanyAsync("百度");

        using var refused = await SaveAsync(id, "百度", role, parentId, aliases: "百度\n腾讯");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("already stands for", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_placed_under_its_own_member_is_refused_as_a_cycle()
    {
        var (geelyId, _, role) = await CompanyAsync("吉利");
        var (volvoId, _, _) = await CompanyAsync("沃尔沃");

        using var refused = await SaveAsync(geelyId, "吉利", role, volvoId, aliases: "吉利");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("ancestor", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(int Id, int? ParentId, string Role)> CompanyAsync(string name)
    {
        await using var db = database.CreateContext();
        var company = await db.Companies.SingleAsync(c => c.CanonicalName == name);
        return (company.Id, company.ParentId, company.Role.ToString());
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
            ("Input.EnglishNames", ""),
            ("Input.Aliases", aliases),
            ("Input.AmbiguousAliases", ""));
    }
}
