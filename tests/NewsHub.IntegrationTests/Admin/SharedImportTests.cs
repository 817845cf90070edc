using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsHub.Data.Entities;
using NewsHub.Ingestion.Analysis;
using NewsHub.Pipeline.Import;
using NewsHub.Pipeline.Import.Runs;
using NewsHub.Ingestion.Reading;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Sources;
using NewsHub.Web.Imports;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// Two app instances on one database share one folder import by leasing batches of its files
/// (<c>Imports:BatchSize</c>): when one stops in the middle of a batch, the other takes that batch again, and every
/// file ends up stored once and reported once.
/// </summary>
public sealed class SharedImportTests : IAsyncLifetime
{
    private const int FileCount = 30;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-shared-import-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    [Fact]
    public async Task Two_instances_share_a_folder_import_and_one_stopped_mid_batch_loses_and_doubles_no_file()
    {
        var folder = Path.Combine(importRoot, "big");
        for (var i = 0; i < FileCount; i++)
        {
            SourceTestFiles.WriteArticle(folder, $"{i:D3}.md", $"共享导入的第{i}篇文章", $"这是第{i}篇文章的正文，内容各不相同。");
        }

        var firstAnalyzer = new HeldAnalyzer();
        var secondAnalyzer = new HeldAnalyzer();
        using var first = Instance(firstAnalyzer);
        var second = Instance(secondAnalyzer);
        try
        {
            secondAnalyzer.GiveUpWhen(second.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            _ = first.Services;
            var workers = new Dictionary<string, AdminAppFactory>
            {
                [WorkerIdOf(first)] = first,
                [WorkerIdOf(second)] = second,
            };

            var runId = await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(ImportRunKind.Import, folder, Recursive: false, DryRun: false));
            var owner = (await RunWaiter.WaitForAsync(database.ConnectionString, runId, r => r.Status == ImportRunStatus.Running, Patience, "claimed")).WorkerId!;
            var helper = workers.Keys.Single(id => id != owner);

            // Both analyzers hold their first file: the owner is in its first batch, the helper in another.
            var helperBatch = await PollAsync(
                $"SELECT batch_no AS \"Value\" FROM import_run_batches WHERE import_run_id = {runId} AND done_at IS NULL AND lease_owner = {helper}",
                "the helper instance holding a batch");

            // The helper stops in the middle of its batch; the owner goes on and takes that batch again.
            var helperFactory = workers[helper];
            var ownerAnalyzer = ReferenceEquals(workers[owner], first) ? firstAnalyzer : secondAnalyzer;
            await helperFactory.DisposeAsync();
            ownerAnalyzer.Release();

            var run = await RunWaiter.WaitForEndAsync(database.ConnectionString, runId, Patience);
            Assert.True(run.Status == ImportRunStatus.Succeeded, $"{run.Status}: {run.Error}");
            Assert.Equal(FileCount, run.FilesDone);
            Assert.Equal(FileCount, run.NewCount + run.UnchangedCount);

            await using var db = database.CreateContext();
            var stored = await db.ArticleSources.AsNoTracking().Select(s => s.Path).ToListAsync();
            Assert.Equal(FileCount, stored.Count);
            Assert.Equal(FileCount, stored.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(FileCount, await db.Articles.CountAsync());
            var reported = await db.ImportFileOutcomes.AsNoTracking().Where(o => o.ImportRunId == runId).Select(o => o.Path).ToListAsync();
            Assert.Equal(stored.Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));

            var batches = await db.Database.SqlQuery<BatchRow>($"""
                SELECT batch_no, lease_owner, claims, done_at IS NOT NULL AS done
                  FROM import_run_batches WHERE import_run_id = {runId}
                """).ToListAsync();
            Assert.All(batches, b => Assert.True(b.Done, $"batch {b.BatchNo} is not done"));
            var retaken = Assert.Single(batches, b => b.BatchNo == helperBatch);
            Assert.Equal((owner, 2), (retaken.LeaseOwner, retaken.Claims));
        }
        finally
        {
            firstAnalyzer.Release();
            secondAnalyzer.Release();
            await second.DisposeAsync();
        }
    }

    private AdminAppFactory Instance(HeldAnalyzer analyzer) =>
        new(database.ConnectionString, importRoot, settings: new Dictionary<string, string>
        {
            ["Imports:BatchSize"] = "3",
            ["Imports:BatchLease"] = "00:00:03",
        }, customise: builder => builder.ConfigureTestServices(services => services.AddSingleton<IArticleAnalyzer>(analyzer)));

    private static string WorkerIdOf(AdminAppFactory app) => app.Services.GetServices<IHostedService>().OfType<ImportWorker>().Single().WorkerId;

    private async Task<int> PollAsync(FormattableString sql, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using (var db = database.CreateContext())
            {
                var found = await db.Database.SqlQuery<int>(sql).ToListAsync();
                if (found.Count > 0)
                {
                    return found[0];
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                await using var db = database.CreateContext();
                var batches = await db.Database.SqlQuery<string>($"SELECT concat_ws(' ', batch_no, lease_owner, claims, done_at) AS \"Value\" FROM import_run_batches").ToListAsync();
                throw new TimeoutException($"{what} did not happen within {Patience}; batches: {string.Join("; ", batches)}");
            }

            await Task.Delay(100);
        }
    }

    private sealed record BatchRow(int BatchNo, string? LeaseOwner, int Claims, bool Done);

    /// <summary>Analyses nothing, and not before the test lets it (or its instance stops): keeps a batch in flight.</summary>
    private sealed class HeldAnalyzer : IArticleAnalyzer
    {
        private readonly ManualResetEventSlim gate = new();
        private CancellationToken giveUp;

        public void Release() => gate.Set();

        public void GiveUpWhen(CancellationToken stopping) => giveUp = stopping;

        public ArticleAnalysis Analyze(ArticleDocument document)
        {
            try
            {
                gate.Wait(Patience, giveUp);
            }
            catch (OperationCanceledException)
            {
                // The instance is stopping: let its import see its own cancellation.
            }

            return ArticleAnalysis.Nothing;
        }
    }
}
