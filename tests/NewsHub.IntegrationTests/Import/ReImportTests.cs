using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import;

namespace NewsHub.IntegrationTests.Import;

/// <summary>Re-imports are keyed by path and idempotent; changes touch only the article that changed.</summary>
public class ReImportTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly TestFolder folder = new TestFolder().With(Directory.GetFiles(TestFolder.Shared("seeds")));
    private readonly TaggingAnalyzer analyzer = new();

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await Importing.SeedCatalogAsync(database);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Importing_the_same_folder_twice_changes_nothing_the_second_time()
    {
        var first = await Importing.ImportAsync(database, folder.Path, analyzer);
        var before = await DatabaseSnapshot.TakeAsync(database);
        var second = await Importing.ImportAsync(database, folder.Path, analyzer);
        var after = await DatabaseSnapshot.TakeAsync(database);

        Assert.Equal(5, first.Count(FileOutcome.New));
        Assert.Equal(5, second.Count(FileOutcome.Unchanged));
        Assert.Equal(5, second.Files.Count);
        Assert.NotEmpty(before.CompanyMentions);
        Assert.NotEmpty(before.Events);
        Assert.Equal(before, after, new SnapshotComparer());
    }

    [Fact]
    public async Task Editing_one_file_and_reimporting_changes_only_that_article()
    {
        await Importing.ImportAsync(database, folder.Path, analyzer);
        var before = await DatabaseSnapshot.TakeAsync(database);
        var edited = folder.File("001_48079b4968e39770.txt");
        await File.WriteAllTextAsync(edited, (await File.ReadAllTextAsync(edited)).Replace("宁德时代与腾讯云达成了合作协议", "宁德时代与腾讯云签署了合作协议", StringComparison.Ordinal));

        var summary = await Importing.ImportAsync(database, folder.Path, analyzer);
        var after = await DatabaseSnapshot.TakeAsync(database);

        var changed = Assert.Single(summary.Files, f => f.Outcome == FileOutcome.Changed);
        Assert.Equal(edited, changed.Path);
        Assert.Equal(4, summary.Count(FileOutcome.Unchanged));

        await using var db = database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Id == changed.ArticleId);
        Assert.Contains("宁德时代与腾讯云签署了合作协议", article.CleanText, StringComparison.Ordinal);
        Assert.Equal(before.Articles.Count, after.Articles.Count);

        // Every other article, with its mentions, is exactly as it was; the edited one kept its id.
        var articleId = changed.ArticleId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(before.Articles.Where(a => !a.StartsWith(articleId + "|", StringComparison.Ordinal)), after.Articles.Where(a => !a.StartsWith(articleId + "|", StringComparison.Ordinal)));
        Assert.Contains(after.Articles, a => a.StartsWith(articleId + "|", StringComparison.Ordinal));
        Assert.Equal(
            before.CompanyMentions.Where(m => m.Split('|')[1] != articleId),
            after.CompanyMentions.Where(m => m.Split('|')[1] != articleId));
        Assert.Equal(await db.ArticleSources.CountAsync(), before.Sources.Count);
    }

    [Fact]
    public async Task Identical_content_under_two_paths_is_stored_once_with_both_paths()
    {
        var copy = folder.File("copy-of-000.txt");
        File.Copy(folder.File("000_66798800a550ff6c.txt"), copy);

        var summary = await Importing.ImportAsync(database, folder.Path, analyzer);

        Assert.Equal(5, summary.Count(FileOutcome.New));
        var duplicate = Assert.Single(summary.Files, f => f.Outcome == FileOutcome.Duplicate);
        await using var db = database.CreateContext();
        Assert.Equal(5, await db.Articles.CountAsync());
        var article = await db.Articles.Include(a => a.Sources).SingleAsync(a => a.Id == duplicate.ArticleId);
        Assert.Equal(2, article.Sources.Count);
        Assert.Contains(article.Sources, s => s.Path == copy);
    }

    [Fact]
    public async Task A_file_that_disappears_is_reported_missing_and_its_article_hidden_until_it_returns()
    {
        await Importing.ImportAsync(database, folder.Path, analyzer);
        var moved = folder.File("004_3055302346b8467a.txt");
        var aside = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        File.Move(moved, aside);

        var whileGone = await Importing.ImportAsync(database, folder.Path, analyzer);
        var missing = Assert.Single(whileGone.Files, f => f.Outcome == FileOutcome.Missing);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(ArticleStatus.Missing, (await db.Articles.SingleAsync(a => a.Id == missing.ArticleId)).Status);
        }

        File.Move(aside, moved);
        var back = await Importing.ImportAsync(database, folder.Path, analyzer);
        Assert.Equal(5, back.Count(FileOutcome.Unchanged));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(ArticleStatus.Active, (await db.Articles.SingleAsync(a => a.Id == missing.ArticleId)).Status);
            Assert.False((await db.ArticleSources.SingleAsync(s => s.Path == moved)).IsMissing);
        }
    }

    [Fact]
    public async Task A_dry_run_stores_nothing_and_says_what_an_import_would_do()
    {
        File.Copy(folder.File("000_66798800a550ff6c.txt"), folder.File("copy-of-000.txt"));

        var summary = await Importing.Runner(database, analyzer).RunAsync(new ImportRequest(folder.Path, DryRun: true));

        Assert.Equal(5, summary.Count(FileOutcome.New));
        Assert.Equal(1, summary.Count(FileOutcome.Duplicate));
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.ArticleSources.CountAsync());
    }

    [Fact]
    public async Task Two_imports_of_the_same_folder_at_once_store_every_article_once()
    {
        File.Copy(folder.File("000_66798800a550ff6c.txt"), folder.File("copy-of-000.txt"));

        var results = await Task.WhenAll(
            Importing.ImportAsync(database, folder.Path, analyzer),
            Importing.ImportAsync(database, folder.Path, analyzer));

        Assert.All(results, r => Assert.False(r.HasFailures, string.Join('\n', r.Failures.Select(f => f.Error))));
        await using var db = database.CreateContext();
        Assert.Equal(5, await db.Articles.CountAsync());
        Assert.Equal(6, await db.ArticleSources.CountAsync());
        var events = await db.PartnershipEvents.ToListAsync();
        Assert.Equal(events.Count, events.DistinctBy(e => (e.CompanyAId, e.CompanyBId, e.Stage, e.SortDate)).Count());
    }

    /// <summary>Snapshots are equal when every row is; timestamps of unchanged rows must not move either.</summary>
    private sealed class SnapshotComparer : IEqualityComparer<DatabaseSnapshot>
    {
        public bool Equals(DatabaseSnapshot? x, DatabaseSnapshot? y) =>
            x is not null && y is not null
            && x.Articles.SequenceEqual(y.Articles) && x.Sources.SequenceEqual(y.Sources)
            && x.CompanyMentions.SequenceEqual(y.CompanyMentions) && x.PartnershipMentions.SequenceEqual(y.PartnershipMentions)
            && x.Events.SequenceEqual(y.Events);

        public int GetHashCode(DatabaseSnapshot obj) => obj.Articles.Count;
    }
}
