using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Catalog;

public sealed class CatalogSeederTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<CatalogSeedResult> SeedAsync(CompanyCatalog catalog, CatalogSeedMode mode = CatalogSeedMode.Merge)
    {
        await using var db = database.CreateContext();
        return await new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance).SeedAsync(catalog, mode, CancellationToken.None);
    }

    private async Task<CompanyCatalog> LoadAsync()
    {
        await using var db = database.CreateContext();
        return (await CatalogSnapshot.LoadAsync(db, CancellationToken.None)).Catalog;
    }

    private static CompanyCatalog Catalog(string yaml) => CompanyCatalogFile.Parse(new StringReader(yaml), "test.yaml");

    [Fact]
    public async Task Seeds_the_shipped_catalog_and_reads_it_back_unchanged()
    {
        var shipped = CompanyCatalogFile.Default;

        var result = await SeedAsync(shipped);
        var stored = await LoadAsync();

        Assert.Equal(shipped.Companies.Count, result.CompaniesAdded);
        Assert.Equal(shipped.Companies.Sum(c => c.Aliases.Count), result.AliasesAdded);
        Assert.Equal(
            shipped.Companies.Select(Describe).Order(StringComparer.Ordinal),
            stored.Companies.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing_the_second_time()
    {
        await SeedAsync(CompanyCatalogFile.Default);

        var second = await SeedAsync(CompanyCatalogFile.Default);

        Assert.False(second.Changed, second.ToString());
    }

    [Fact]
    public async Task A_merge_keeps_what_an_admin_added_and_a_mirror_removes_it()
    {
        var catalog = Catalog("companies:\n  - name: 长安\n    role: carmaker\n    aliases: [长安汽车]\n");
        await SeedAsync(catalog);
        await using (var db = database.CreateContext())
        {
            var changan = await db.Companies.SingleAsync(c => c.CanonicalName == "长安");
            db.CompanyAliases.Add(new CompanyAlias { CompanyId = changan.Id, Name = "渝企" });
            db.Companies.Add(new Company { CanonicalName = "手工公司", Role = CompanyRole.Other });
            await db.SaveChangesAsync();
        }

        var merge = await SeedAsync(catalog);
        Assert.False(merge.Changed);
        Assert.Contains(await LoadAsync() is var merged ? merged.Find("长安")!.Aliases : [], a => a.Name == "渝企");

        var mirror = await SeedAsync(catalog, CatalogSeedMode.Mirror);
        Assert.Equal((1, 1), (mirror.AliasesRemoved, mirror.CompaniesRemoved));
        var mirrored = await LoadAsync();
        Assert.Equal(["长安"], mirrored.Companies.Select(c => c.Name));
        Assert.Equal(["长安", "长安汽车"], mirrored.Find("长安")!.Aliases.Select(a => a.Name));
    }

    [Fact]
    public async Task An_edited_catalog_moves_an_alias_and_changes_roles_parents_and_ambiguity()
    {
        await SeedAsync(Catalog("""
            companies:
              - name: 甲
                role: tech
                aliases: [甲乙]
              - name: 乙
                role: tech
            """));

        var result = await SeedAsync(Catalog("""
            companies:
              - name: 甲
                role: parts
                ambiguous: [甲]
              - name: 乙
                parent: 甲
                aliases: [甲乙]
            """));

        Assert.Equal((0, 2, 0, 2), (result.CompaniesAdded, result.CompaniesUpdated, result.AliasesAdded, result.AliasesUpdated));
        var stored = await LoadAsync();
        Assert.Equal("甲", stored.Find("乙")!.Parent);
        Assert.Equal(CompanyRole.Parts, stored.Find("乙")!.Role);
        Assert.Equal([new CatalogAlias("甲", true)], stored.Find("甲")!.Aliases);
        Assert.Equal(["乙", "甲乙"], stored.Find("乙")!.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Seeds_only_an_empty_catalog_when_asked_to_seed_if_empty()
    {
        await using var db = database.CreateContext();
        var seeder = new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance);

        var first = await seeder.SeedIfEmptyAsync(Catalog("companies:\n  - name: 甲\n    role: tech\n"), CancellationToken.None);
        var second = await seeder.SeedIfEmptyAsync(CompanyCatalogFile.Default, CancellationToken.None);

        Assert.Equal(1, first?.CompaniesAdded);
        Assert.Null(second);
        Assert.Equal(1, await db.Companies.CountAsync());
    }

    private static string Describe(CatalogCompany company) =>
        $"{company.Name}|{company.Role}|{company.Parent}|{string.Join(",", company.EnglishNames)}|" +
        string.Join(",", company.Aliases.Select(a => a.IsAmbiguous ? a.Name + "?" : a.Name).Order(StringComparer.Ordinal));
}
