using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import.Runs;

namespace NewsHub.IntegrationTests.Admin;

public sealed class ImportQueueTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly ImportProgressSnapshot NoProgress = new(0, 0, null, 0, 0, 0, 0, 0, 0);

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task One_run_per_folder_at_a_time_even_when_requests_race()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await Queue(db).EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, "/data/a", true, false), default);
        }));

        Assert.Single(results.Select(r => r.RunId).Distinct());
        Assert.Single(results, r => !r.AlreadyActive);
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.ImportRuns.CountAsync());
    }

    [Fact]
    public async Task A_folder_can_be_queued_again_once_its_run_has_ended()
    {
        await using var db = database.CreateContext();
        var queue = Queue(db);
        var first = await queue.EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, "/data/a", true, false), default);
        var other = await queue.EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, "/data/b", true, false), default);
        await queue.RequestCancelAsync(first.RunId, default);

        var again = await queue.EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, "/data/a", true, false), default);

        Assert.False(other.AlreadyActive);
        Assert.False(again.AlreadyActive);
        Assert.NotEqual(first.RunId, again.RunId);
    }

    [Fact]
    public async Task Workers_claiming_at_once_never_get_the_same_run()
    {
        await using (var db = database.CreateContext())
        {
            foreach (var folder in Enumerable.Range(0, 6).Select(i => $"/data/{i}"))
            {
                await Queue(db).EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, folder, true, false), default);
            }
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(async worker =>
        {
            await using var db = database.CreateContext();
            return await Queue(db).ClaimNextAsync($"worker-{worker}", default);
        }));

        var claimed = claims.Where(c => c is not null).Select(c => c!.Value).ToList();
        Assert.Equal(6, claimed.Count);
        Assert.Equal(6, claimed.Distinct().Count());
        await using var check = database.CreateContext();
        Assert.All(await check.ImportRuns.ToListAsync(), r => Assert.Equal(ImportRunStatus.Running, r.Status));
    }

    [Fact]
    public async Task A_run_whose_worker_stopped_beating_is_marked_interrupted_and_queued_again_exactly_once()
    {
        long runId;
        await using (var db = database.CreateContext())
        {
            var queue = Queue(db);
            runId = (await queue.EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, "/data/a", true, false), default)).RunId;
            await queue.ClaimNextAsync("dead-worker", default);
            await db.Database.ExecuteSqlAsync($"UPDATE import_runs SET heartbeat_at = now() - interval '1 minute' WHERE id = {runId}");
        }

        // Two instances sweep at the same moment.
        var sweeps = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await Queue(db).RecoverStaleAsync(TimeSpan.FromSeconds(30), default);
        }));

        var recovered = Assert.Single(sweeps.SelectMany(s => s));
        Assert.Equal(runId, recovered.InterruptedRunId);
        await using var check = database.CreateContext();
        var runs = await check.ImportRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(2, runs.Count);
        Assert.Equal(ImportRunStatus.Interrupted, runs[0].Status);
        Assert.Contains($"#{runs[1].Id}", runs[0].Error, StringComparison.Ordinal);
        Assert.Equal(ImportRunStatus.Queued, runs[1].Status);
        Assert.Equal(("/data/a", true), (runs[1].Folder, runs[1].Recursive));
    }

    [Fact]
    public async Task A_live_run_is_not_taken_for_dead()
    {
        await using var db = database.CreateContext();
        var queue = Queue(db);
        var runId = (await queue.EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, "/data/a", true, false), default)).RunId;
        await queue.ClaimNextAsync("live-worker", default);

        Assert.Empty(await queue.RecoverStaleAsync(TimeSpan.FromSeconds(30), default));
        Assert.False(await queue.HeartbeatAsync(runId, "live-worker", NoProgress, default));
    }

    [Fact]
    public async Task Cancel_stops_a_queued_run_at_once_and_a_running_one_at_its_next_heartbeat()
    {
        await using var db = database.CreateContext();
        var queue = Queue(db);
        var queued = (await queue.EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, "/data/a", true, false), default)).RunId;
        var running = (await queue.EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, "/data/b", true, false), default)).RunId;
        Assert.True(await queue.RequestCancelAsync(queued, default));
        Assert.Equal(running, await queue.ClaimNextAsync("w", default));

        Assert.True(await queue.RequestCancelAsync(running, default));
        Assert.True(await queue.HeartbeatAsync(running, "w", NoProgress, default));
        Assert.Equal(ImportRunStatus.Cancelled, (await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == queued)).Status);
    }

    [Fact]
    public async Task A_worker_that_lost_its_run_to_the_sweep_is_told_so_by_its_heartbeat()
    {
        await using var db = database.CreateContext();
        var queue = Queue(db);
        var runId = (await queue.EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, "/data/a", true, false), default)).RunId;
        await queue.ClaimNextAsync("slow-worker", default);
        await db.Database.ExecuteSqlAsync($"UPDATE import_runs SET heartbeat_at = now() - interval '1 minute' WHERE id = {runId}");
        await queue.RecoverStaleAsync(TimeSpan.FromSeconds(30), default);

        Assert.Null(await queue.HeartbeatAsync(runId, "slow-worker", NoProgress, default));
        Assert.False(await queue.FinishAsync(runId, "slow-worker", ImportRunStatus.Succeeded, NoProgress, null, default));
    }

    private static ImportRunLog Queue(NewsHubDbContext db) => new(db, new ImportQueueSignal(), TimeProvider.System);
}
