using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Reading;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import;

namespace NewsHub.IntegrationTests.Import;

/// <summary>A folder of its own under the temp folder, deleted with the test.</summary>
internal sealed class TestFolder : IDisposable
{
    public TestFolder() => Path = Directory.CreateTempSubdirectory("newshub-import-").FullName;

    public string Path { get; }

    public static string Shared(string relative) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(BrowserFixture.RepositoryRoot(), "..", "shared", relative));

    public static string Fixture(string name) =>
        System.IO.Path.Combine(BrowserFixture.RepositoryRoot(), "tests", "testdata", "reading", name);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies files in, keeping their names.</summary>
    public TestFolder With(params string[] sourceFiles)
    {
        foreach (var source in sourceFiles)
        {
            System.IO.File.Copy(source, File(System.IO.Path.GetFileName(source)));
        }

        return this;
    }

    public TestFolder Write(string name, string text)
    {
        System.IO.File.WriteAllText(File(name), text);
        return this;
    }

    public TestFolder Write(string name, byte[] bytes)
    {
        System.IO.File.WriteAllBytes(File(name), bytes);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>Builds the import as the CLI does, on a test database.</summary>
internal static class Importing
{
    public static IDbContextFactory<NewsHubDbContext> Contexts(DatabaseFixture database) =>
        new PooledDbContextFactory<NewsHubDbContext>(NewsHubDbContextOptions.Create(database.ConnectionString));

    public static ImportRunner Runner(DatabaseFixture database, IArticleAnalyzer analyzer, ImportOptions? options = null, ILoggerFactory? loggers = null) =>
        new(Contexts(database), analyzer, options ?? new ImportOptions(), loggers ?? NullLoggerFactory.Instance);

    public static Task<ImportSummary> ImportAsync(DatabaseFixture database, string folder, IArticleAnalyzer analyzer, ImportOptions? options = null) =>
        Runner(database, analyzer, options).RunAsync(new ImportRequest(folder));

    /// <summary>Fills companies and company_aliases from the shipped catalog, as <c>newshub import</c> does first.</summary>
    public static async Task SeedCatalogAsync(DatabaseFixture database)
    {
        await using var db = database.CreateContext();
        await new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance).SeedIfEmptyAsync(CompanyCatalogFile.Default, CancellationToken.None);
    }
}

/// <summary>The real analysis (company tagger and partnership finder) on the shipped catalog, built once per test run.</summary>
internal sealed class TaggingAnalyzer : IArticleAnalyzer
{
    private static readonly Lazy<ArticleAnalyzer> Analyzer = new(() => new ArticleAnalyzer(new CompanyTagger(CompanyCatalogFile.Default)));

    public ArticleAnalysis Analyze(ArticleDocument document) => Analyzer.Value.Analyze(document);
}

/// <summary>Log lines kept in memory, to check what the import warned about.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(Lines);

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<(LogLevel, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((logLevel, formatter(state, exception)));
    }
}

/// <summary>Everything an import writes about articles, in a comparable form.</summary>
internal sealed record DatabaseSnapshot(
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> CompanyMentions,
    IReadOnlyList<string> PartnershipMentions,
    IReadOnlyList<string> Events)
{
    public static async Task<DatabaseSnapshot> TakeAsync(DatabaseFixture database)
    {
        await using var db = database.CreateContext();
        return new DatabaseSnapshot(
            await db.Articles.OrderBy(a => a.Id).Select(a => $"{a.Id}|{a.ContentHash}|{a.Title}|{a.UpdatedAt:O}|{a.Status}|{a.CleanText.Length}").ToListAsync(),
            await db.ArticleSources.OrderBy(s => s.Id).Select(s => $"{s.Id}|{s.ArticleId}|{s.Path}|{s.ContentHash}|{s.IsMissing}").ToListAsync(),
            await db.ArticleCompanyMentions.OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.ArticleId}|{m.CompanyId}|{m.GroupId}|{m.Start}|{m.Length}").ToListAsync(),
            await db.PartnershipMentions.OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.ArticleId}|{m.EventId}|{m.EvidenceStart}").ToListAsync(),
            await db.PartnershipEvents.OrderBy(e => e.Id).Select(e => $"{e.Id}|{e.CompanyAId}|{e.CompanyBId}|{e.Stage}|{e.ArticleCount}|{e.SortDate}|{e.Confidence}").ToListAsync());
    }
}
