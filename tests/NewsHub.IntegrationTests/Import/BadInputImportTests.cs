using Microsoft.EntityFrameworkCore;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Reading;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import;

namespace NewsHub.IntegrationTests.Import;

/// <summary>
/// Each kind of bad input fails with a message naming the file and the reason, the import goes on
/// with the other files, and nothing of the failed file reaches the database.
/// </summary>
public class BadInputImportTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string GoodFile = "000_66798800a550ff6c.txt";
    private readonly TestFolder folder = new TestFolder().With(TestFolder.Shared(Path.Combine("seeds", GoodFile)));

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public Task Rejects_an_empty_file() =>
        AssertRejectedAsync(() => folder.With(TestFolder.Fixture("empty.txt")).File("empty.txt"), "the file is empty");

    [Fact]
    public Task Rejects_file_without_closing_front_matter() =>
        AssertRejectedAsync(() => folder.With(TestFolder.Fixture("unclosed-front-matter.md")).File("unclosed-front-matter.md"), "is never closed");

    [Fact]
    public Task Rejects_invalid_yaml() =>
        AssertRejectedAsync(() => folder.Write("bad.md", "---\ntitle: 标题\nsummary: 一句话: 另一句话\n---\n正文。\n").File("bad.md"), "not valid YAML (line 3");

    [Fact]
    public Task Rejects_binary_content() =>
        AssertRejectedAsync(() => folder.With(TestFolder.Fixture("binary.png")).File("binary.png"), "binary content");

    [Fact]
    public Task Rejects_bytes_in_an_unknown_encoding() =>
        AssertRejectedAsync(() => folder.Write("latin1.txt", [.. "caf"u8, 0xE9, 0xFF, 0x80]).File("latin1.txt"), "neither UTF-8 nor GB18030");

    [Fact]
    public Task Rejects_a_file_over_the_size_limit() =>
        AssertRejectedAsync(
            () => folder.Write("huge.txt", new string('长', 60_000)).File("huge.txt"),
            "over the limit of 100,000 bytes",
            new ImportOptions { Reading = new ArticleReaderOptions { MaxFileBytes = 100_000 } });

    [Fact]
    public Task Rejects_a_file_that_cannot_be_read() =>
        AssertRejectedAsync(
            () =>
            {
                // A link to nowhere is listed in the folder but cannot be opened, even by root.
                var link = folder.File("dangling.md");
                File.CreateSymbolicLink(link, folder.File("no-such-target.md"));
                return link;
            },
            "the file cannot be read");

    [Fact]
    public async Task A_failure_while_storing_leaves_nothing_of_the_article()
    {
        await Importing.SeedCatalogAsync(database);
        var summary = await Importing.ImportAsync(database, folder.Path, new PoisonedAnalyzer());

        var failure = Assert.Single(summary.Failures);
        Assert.StartsWith(folder.File(GoodFile) + ": storing the article failed", failure.Error, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.ArticleSources.CountAsync());
        Assert.Equal(0, await db.ArticleCompanyMentions.CountAsync());
    }

    private async Task AssertRejectedAsync(Func<string> makeBadFile, string reason, ImportOptions? options = null)
    {
        var bad = makeBadFile();

        var summary = await Importing.ImportAsync(database, folder.Path, new TaggingAnalyzer(), options);

        var failure = Assert.Single(summary.Failures);
        Assert.Equal(bad, failure.Path);
        Assert.StartsWith(bad + ": ", failure.Error, StringComparison.Ordinal);
        Assert.Contains(reason, failure.Error, StringComparison.Ordinal);
        Assert.Equal(1, summary.Count(FileOutcome.New));

        await using var db = database.CreateContext();
        Assert.False(await db.ArticleSources.AnyAsync(s => s.Path == bad), "The failed file has a source row.");
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(folder.File(GoodFile), (await db.ArticleSources.SingleAsync()).Path);
    }

    /// <summary>Finds one company mention that PostgreSQL refuses (a NUL character), after the article row is already written.</summary>
    private sealed class PoisonedAnalyzer : IArticleAnalyzer
    {
        public ArticleAnalysis Analyze(ArticleDocument document) =>
            new([new Ingestion.Companies.CompanyMention("华为", "华为", CompanyRole.Tech, "华\0为", 0, 2)], []);
    }
}
