using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import.Runs;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>Queued runs carried out by the app's worker: re-import semantics, dry run, re-extract, cancel, re-tag.</summary>
public sealed class ImportRunTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-runs-").FullName;
    private AdminAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new AdminAppFactory(database.ConnectionString, importRoot);
        // Starting the server starts the worker.
        _ = factory.Server;
    }

    [Fact]
    public async Task Reimport_adds_new_updates_changed_skips_unchanged_and_marks_gone_files_missing()
    {
        var folder = Path.Combine(importRoot, "reimport");
        var count = VersionedCorpus.Write(folder, "A", take: 12);
        string[] files;
        var first = await RunAsync(ImportRunKind.Import, folder);
        Assert.Equal((ImportRunStatus.Succeeded, count), (first.Status, first.NewCount + first.DuplicateCount + first.FailedCount));

        // Two files that imported well: one goes away, the other is edited.
        await using (var check = database.CreateContext())
        {
            var imported = await check.ImportFileOutcomes.Where(o => o.ImportRunId == first.Id && o.Outcome == FileOutcome.New).Select(o => o.Path).OrderBy(p => p).Take(2).ToListAsync();
            files = [.. imported];
        }

        File.Delete(files[0]);
        File.WriteAllText(files[1], File.ReadAllText(files[1]).Replace("〔版本A〕", "〔版本B·修订〕", StringComparison.Ordinal));
        VersionedCorpus.Write(Path.Combine(folder, "more"), "C", take: 1);

        var second = await RunAsync(ImportRunKind.Import, folder);

        Assert.Equal(ImportRunStatus.Succeeded, second.Status);
        Assert.Equal((1, 1, 1), (second.MissingCount, second.NewCount, second.ChangedCount));
        Assert.Equal(count - 2, second.UnchangedCount + second.DuplicateCount + second.FailedCount);
        Assert.Equal(first.FailedCount, second.FailedCount);
        await using var db = database.CreateContext();
        var gone = await db.ArticleSources.Include(s => s.Article).SingleAsync(s => s.Path == files[0]);
        Assert.True(gone.IsMissing);
        Assert.Equal(ArticleStatus.Missing, gone.Article.Status);
        var changed = await db.ArticleSources.Include(s => s.Article).SingleAsync(s => s.Path == files[1]);
        Assert.Contains("〔版本B·修订〕", changed.Article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("〔版本A〕", changed.Article.CleanText, StringComparison.Ordinal);
        var report = await db.ImportFileOutcomes.Where(o => o.ImportRunId == second.Id).ToListAsync();
        Assert.Equal(second.TotalFiles + second.MissingCount, report.Count);
        Assert.Contains(report, o => o.Path == files[0] && o.Outcome == FileOutcome.Missing);
        Assert.Empty(await StoredArticleAudit.FindProblemsAsync(database.ConnectionString));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_stores_nothing()
    {
        var folder = Path.Combine(importRoot, "dry");
        var count = VersionedCorpus.Write(folder, "A", take: 8);

        var dry = await RunAsync(ImportRunKind.Import, folder, dryRun: true);

        Assert.Equal(ImportRunStatus.Succeeded, dry.Status);
        Assert.Equal(count, dry.NewCount + dry.DuplicateCount + dry.FailedCount);
        await using var db = database.CreateContext();
        Assert.False(await db.ArticleSources.AnyAsync(s => s.Path.StartsWith(folder)));
        Assert.Equal(count, await db.ImportFileOutcomes.CountAsync(o => o.ImportRunId == dry.Id));
    }

    [Fact]
    public async Task Re_extract_rewrites_unchanged_articles_in_place_keeping_their_ids()
    {
        var folder = Path.Combine(importRoot, "reextract");
        VersionedCorpus.Write(folder, "A", take: 6);
        var first = await RunAsync(ImportRunKind.Import, folder);
        await using var before = database.CreateContext();
        var ids = await before.ArticleSources.Where(s => s.Path.StartsWith(folder)).OrderBy(s => s.Path).Select(s => s.ArticleId).ToListAsync();

        var again = await RunAsync(ImportRunKind.ReExtract, folder);

        Assert.Equal(ImportRunStatus.Succeeded, again.Status);
        Assert.Equal(first.NewCount, again.ChangedCount);
        Assert.Equal(0, again.UnchangedCount);
        await using var after = database.CreateContext();
        Assert.Equal(ids, await after.ArticleSources.Where(s => s.Path.StartsWith(folder)).OrderBy(s => s.Path).Select(s => s.ArticleId).ToListAsync());
        Assert.Empty(await StoredArticleAudit.FindProblemsAsync(database.ConnectionString));
    }

    [Fact]
    public async Task Cancel_stops_a_running_import_between_articles()
    {
        var folder = Path.Combine(importRoot, "cancel");
        var count = VersionedCorpus.Write(folder, "A", copies: 3);
        var runId = await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(ImportRunKind.Import, folder, true, false));
        await RunWaiter.WaitForAsync(database.ConnectionString, runId, r => r.FilesDone >= 10 || r.FinishedAt is not null, Patience, "10 files done");

        await using (var db = database.CreateContext())
        {
            Assert.True(await new ImportRunLog(db, new ImportQueueSignal(), TimeProvider.System).RequestCancelAsync(runId, default));
        }

        var run = await RunWaiter.WaitForEndAsync(database.ConnectionString, runId, Patience);
        Assert.Equal(ImportRunStatus.Cancelled, run.Status);
        Assert.True(run.FilesDone < count);
        Assert.Empty(await StoredArticleAudit.FindProblemsAsync(database.ConnectionString));
    }

    [Fact]
    public async Task A_retag_with_an_empty_catalog_fails_with_the_reason()
    {
        var run = await RunAsync(ImportRunKind.Retag, "");

        Assert.Equal(ImportRunStatus.Failed, run.Status);
        Assert.Contains("catalog is empty", run.Error, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    private async Task<ImportRun> RunAsync(ImportRunKind kind, string folder, bool dryRun = false) =>
        await RunWaiter.WaitForEndAsync(database.ConnectionString,
            await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(kind, folder, Recursive: true, dryRun)), Patience);
}
