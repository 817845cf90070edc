using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Retagging;

namespace NewsHub.IntegrationTests.Catalog;

/// <summary>Editing the alias table and re-tagging stored articles, against a real PostgreSQL.</summary>
public sealed class RetagTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string DeclaredShortName = "重庆的渝企发布了新车，渝企表示将继续投入。";
    private const string IdealInEverydaySense = "理想的状态是电池成本继续下降。";
    private const string TeslaAndHuawei = "Tesla 与华为的合作引人关注。";

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await using var db = database.CreateContext();
        await new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance).SeedAsync(CompanyCatalogFile.Default, CatalogSeedMode.Merge, CancellationToken.None);
        foreach (var (text, i) in new[] { DeclaredShortName, IdealInEverydaySense, TeslaAndHuawei, "今天天气很好。" }.Select((t, i) => (t, i)))
        {
            db.Articles.Add(NewArticle($"hash-{i}", $"文章{i}", text));
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Article NewArticle(string contentHash, string title, string cleanText, DateTimeOffset? publishedAt = null) => new()
    {
        ContentHash = contentHash,
        Title = title,
        PublishedAt = publishedAt,
        Encoding = "utf-8",
        CleanText = cleanText,
        SanitizedHtml = $"<p>{cleanText}</p>",
        MetadataJson = "{}",
        ImportedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private Task<RetagReport> RetagAsync(bool dryRun = false) =>
        new ArticleRetagger(new ContextFactory(database), NullLogger<ArticleRetagger>.Instance).RetagAsync(dryRun, null, CancellationToken.None);

    private async Task<List<string>> MentionsOfAsync(string cleanText)
    {
        await using var db = database.CreateContext();
        return await db.ArticleCompanyMentions
            .Where(m => m.Article.CleanText == cleanText)
            .OrderBy(m => m.Start)
            .Select(m => m.Company.CanonicalName + "/" + m.Group.CanonicalName + ":" + m.AsWritten)
            .ToListAsync();
    }

    private async Task EditAliasesAsync(Func<NewsHubDbContext, Task> edit)
    {
        await using var db = database.CreateContext();
        await edit(db);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Tags_stored_articles_and_reports_each_company_added()
    {
        var report = await RetagAsync();

        Assert.Equal(4, report.ArticlesScanned);
        Assert.Equal(1, report.ArticlesChanged);
        Assert.Equal(["特斯拉/特斯拉:Tesla", "华为/华为:华为"], await MentionsOfAsync(TeslaAndHuawei));
        Assert.Equal([new CompanyMentionChange("华为", "华为", 1, 0), new CompanyMentionChange("特斯拉", "特斯拉", 1, 0)], report.Companies);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Its_observer_hears_the_article_count_first_then_each_article_once_with_whether_it_changed(bool dryRun)
    {
        var observer = new RecordingObserver();

        var report = await new ArticleRetagger(new ContextFactory(database), NullLogger<ArticleRetagger>.Instance).RetagAsync(dryRun, observer, CancellationToken.None);

        Assert.Equal([4], observer.Starts);
        Assert.Equal(4, observer.Done.Count);
        Assert.Equal(observer.Done.Select(d => d.ArticleId).Order(), observer.Done.Select(d => d.ArticleId));
        Assert.Equal(report.ChangedArticleIds, observer.Done.Where(d => d.Changed).Select(d => d.ArticleId));
        Assert.Single(report.ChangedArticleIds);
    }

    private sealed class RecordingObserver : IRetagObserver
    {
        public List<int> Starts { get; } = [];

        public List<(long ArticleId, bool Changed)> Done { get; } = [];

        public void Started(int articleCount) => Starts.Add(articleCount);

        public void ArticleDone(long articleId, bool changed)
        {
            Assert.NotEmpty(Starts);
            Done.Add((articleId, changed));
        }
    }

    [Fact]
    public async Task Editing_the_alias_table_and_retagging_changes_only_the_articles_concerned()
    {
        await RetagAsync();
        await EditAliasesAsync(async db =>
        {
            var changan = await db.Companies.SingleAsync(c => c.CanonicalName == "长安");
            db.CompanyAliases.Add(new CompanyAlias { CompanyId = changan.Id, Name = "渝企" });
            (await db.CompanyAliases.SingleAsync(a => a.Name == "理想")).IsAmbiguous = false;
            db.CompanyAliases.Remove(await db.CompanyAliases.SingleAsync(a => a.Name == "Tesla"));
        });

        var report = await RetagAsync();

        Assert.Equal(3, report.ArticlesChanged);
        Assert.Equal(["长安/长安:渝企", "长安/长安:渝企"], await MentionsOfAsync(DeclaredShortName));
        Assert.Equal(["理想/理想:理想"], await MentionsOfAsync(IdealInEverydaySense));
        Assert.Equal(["华为/华为:华为"], await MentionsOfAsync(TeslaAndHuawei));
        Assert.Equal(
            [new CompanyMentionChange("长安", "长安", 2, 0), new CompanyMentionChange("特斯拉", "特斯拉", 0, 1), new CompanyMentionChange("理想", "理想", 1, 0)],
            report.Companies);
    }

    [Fact]
    public async Task Retagging_finds_the_partnerships_of_the_new_tags_and_takes_back_those_of_the_old()
    {
        const string Deal = "渝企与华为签署全面战略合作协议。";
        await using (var db = database.CreateContext())
        {
            db.Articles.Add(NewArticle("hash-deal", "渝企牵手华为", Deal, new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(8))));
            await db.SaveChangesAsync();
        }

        await RetagAsync();
        Assert.DoesNotContain(await EventsAsync(), e => e.Contains("长安", StringComparison.Ordinal));

        await EditAliasesAsync(async db => db.CompanyAliases.Add(new CompanyAlias { CompanyId = (await db.Companies.SingleAsync(c => c.CanonicalName == "长安")).Id, Name = "渝企" }));
        await RetagAsync();
        Assert.Contains("华为+长安 Agreement 2024-03-05 articles=1 mentions=华为/渝企", await EventsAsync());

        await EditAliasesAsync(async db => db.CompanyAliases.Remove(await db.CompanyAliases.SingleAsync(a => a.Name == "渝企")));
        await RetagAsync();
        Assert.DoesNotContain(await EventsAsync(), e => e.Contains("长安", StringComparison.Ordinal));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await db.PartnershipMentions.CountAsync(m => m.Article.CleanText == Deal));
        }
    }

    private async Task<List<string>> EventsAsync()
    {
        await using var db = database.CreateContext();
        var events = await db.PartnershipEvents
            .Select(e => new
            {
                A = e.CompanyA.CanonicalName,
                B = e.CompanyB.CanonicalName,
                e.Stage,
                e.SortDate,
                e.ArticleCount,
                Mentions = e.Mentions.OrderBy(m => m.Id).Select(m => m.CompanyAAsWritten + "/" + m.CompanyBAsWritten).ToList(),
            })
            .ToListAsync();
        return [.. events.Select(e => $"{string.Join('+', new[] { e.A, e.B }.Order(StringComparer.Ordinal))} {e.Stage} {e.SortDate:yyyy-MM-dd} articles={e.ArticleCount} mentions={string.Join(',', e.Mentions.Select(m => string.Join('/', m.Split('/').Order(StringComparer.Ordinal))))}")];
    }

    [Fact]
    public async Task A_second_retag_changes_nothing()
    {
        await RetagAsync();

        var second = await RetagAsync();

        Assert.Equal(0, second.ArticlesChanged);
        Assert.Empty(second.Companies);
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_without_writing_them()
    {
        var report = await RetagAsync(dryRun: true);

        Assert.Equal(1, report.ArticlesChanged);
        Assert.Empty(await MentionsOfAsync(TeslaAndHuawei));
    }

    [Fact]
    public async Task Refuses_to_retag_with_an_empty_catalog()
    {
        await using (var db = database.CreateContext())
        {
            await db.CompanyAliases.ExecuteDeleteAsync();
            await db.Companies.ExecuteUpdateAsync(s => s.SetProperty(c => c.ParentId, (int?)null));
            await db.Companies.ExecuteDeleteAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RetagAsync());
        Assert.Contains("seed-catalog", error.Message, StringComparison.Ordinal);
    }

    private sealed class ContextFactory(DatabaseFixture database) : IDbContextFactory<NewsHubDbContext>
    {
        public NewsHubDbContext CreateDbContext() => database.CreateContext();
    }
}
