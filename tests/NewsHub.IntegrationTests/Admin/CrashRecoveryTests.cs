using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import.Runs;
using Xunit.Abstractions;

namespace NewsHub.IntegrationTests.Admin;

public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-crash-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    [Fact]
    public async Task Killing_the_app_mid_import_leaves_no_half_article_and_the_restart_marks_the_run_interrupted_and_finishes_it_once()
    {
        var folder = Path.Combine(importRoot, "corpus");
        // Several copies of the corpus, so that the import is still going when the kill comes.
        var files = VersionedCorpus.Write(folder, "A", copies: 4);
        var runId = await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(ImportRunKind.Import, folder, Recursive: true, DryRun: false));

        ImportRun killedAt;
        using (var first = WebAppProcess.Start(database.ConnectionString, importRoot))
        {
            killedAt = await RunWaiter.WaitForAsync(database.ConnectionString, runId, r => r.FilesDone >= 40 || r.Status != ImportRunStatus.Queued && r.Status != ImportRunStatus.Running, TimeSpan.FromSeconds(90), "40 files done");
            await first.KillAsync();
            output.WriteLine($"Killed process {first.Id} at {killedAt.FilesDone}/{killedAt.TotalFiles} files ({killedAt.Status}).");
        }

        Assert.Equal(ImportRunStatus.Running, killedAt.Status);
        Assert.True(killedAt.FilesDone < files, "the import ended before the kill: make the folder bigger");
        await using (var db = database.CreateContext())
        {
            var stored = await db.Articles.CountAsync();
            output.WriteLine($"After the kill: {stored} articles stored, run {runId} still says {(await db.ImportRuns.SingleAsync(r => r.Id == runId)).Status}.");
            Assert.InRange(stored, 1, files - 1);
        }

        Assert.Empty(await StoredArticleAudit.FindProblemsAsync(database.ConnectionString));

        ImportRun retry;
        using (var second = WebAppProcess.Start(database.ConnectionString, importRoot))
        {
            var interrupted = await RunWaiter.WaitForAsync(database.ConnectionString, runId, r => r.Status == ImportRunStatus.Interrupted, TimeSpan.FromSeconds(60), "interrupted");
            await using var db = database.CreateContext();
            var retryId = await db.ImportRuns.Where(r => r.Id > runId && r.Folder == folder).Select(r => r.Id).SingleAsync();
            retry = await RunWaiter.WaitForEndAsync(database.ConnectionString, retryId, TimeSpan.FromSeconds(180));
            output.WriteLine($"Run {runId}: {interrupted.Error}");
            output.WriteLine($"Run {retryId}: {retry.Status}, {retry.NewCount} new, {retry.UnchangedCount} unchanged, {retry.DuplicateCount} duplicate, {retry.FailedCount} failed of {retry.TotalFiles}.");
            Assert.True(retry.Status == ImportRunStatus.Succeeded, second.Output);
            Assert.Contains($"#{retryId}", interrupted.Error, StringComparison.Ordinal);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(files, retry.TotalFiles);
            // What the killed run stored is found unchanged, not stored again.
            Assert.True(retry.UnchangedCount + retry.DuplicateCount >= killedAt.FilesDone - 1, $"{retry.UnchangedCount} unchanged after {killedAt.FilesDone} done before the kill");
            var sources = await db.ArticleSources.CountAsync();
            Assert.Equal(files - retry.FailedCount, sources);
            Assert.Equal(sources, await db.ArticleSources.Select(s => s.Path).Distinct().CountAsync());
        }

        Assert.Empty(await StoredArticleAudit.FindProblemsAsync(database.ConnectionString));
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }
}
