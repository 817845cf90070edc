using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.Domain.Catalog;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Catalog;

/// <summary>The catalog snapshot is read once per data generation and shared; a broken catalog fails only the tagger.</summary>
public sealed class CatalogSnapshotTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await Importing.SeedCatalogAsync(database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task One_snapshot_serves_a_generation_and_older_ones_and_a_newer_generation_reads_the_edit()
    {
        var snapshots = new CatalogSnapshots(Importing.Contexts(database));
        var first = await snapshots.GetAsync(5, default);
        Assert.Same(first, await snapshots.GetAsync(5, default));
        Assert.Same(first, await snapshots.GetAsync(4, default));

        var nio = await AddAliasAsync("蔚来", "蓝鲸出行");
        Assert.Null(first.Find("蓝鲸出行"));

        var newer = await snapshots.GetAsync(6, default);
        Assert.NotSame(first, newer);
        Assert.Equal(nio, newer.Find("蓝鲸出行"));
        Assert.Contains(newer.Catalog.Find("蔚来")!.Aliases, a => a.Name == "蓝鲸出行");

        // Without a generation to vouch for it, nothing cached is used.
        Assert.NotSame(newer, await snapshots.GetAsync(null, default));
    }

    [Fact]
    public async Task A_catalog_the_rules_refuse_still_gives_ids_and_groups_but_not_a_catalog_to_tag_with()
    {
        // Two companies written the same way but for case: the catalog's rules refuse it, the unique index does not.
        await AddAliasAsync("蔚来", "Blue Whale");
        var xpeng = await AddAliasAsync("小鹏", "BLUE WHALE");

        await using var db = database.CreateContext();
        var snapshot = await CatalogSnapshot.LoadAsync(db, default);

        Assert.Throws<CatalogValidationException>(() => snapshot.Catalog);
        Assert.Equal(xpeng, snapshot.Find("BLUE WHALE"));
        var volvo = await db.Companies.SingleAsync(c => c.CanonicalName == "沃尔沃");
        var geely = await db.Companies.SingleAsync(c => c.CanonicalName == "吉利");
        Assert.Equal(new StoredCompany(volvo.Id, geely.Id, volvo.Status), snapshot.FindCompany("沃尔沃"));
    }

    private async Task<int> AddAliasAsync(string company, string alias)
    {
        await using var db = database.CreateContext();
        var id = await db.Companies.Where(c => c.CanonicalName == company).Select(c => c.Id).SingleAsync();
        db.CompanyAliases.Add(new CompanyAlias { CompanyId = id, Name = alias });
        await db.SaveChangesAsync();
        return id;
    }
}
