using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Pipeline.Import.Runs;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>Queues runs straight into the database and waits for a worker (in this process or another) to take them.</summary>
internal static class RunWaiter
{
    public static async Task<long> EnqueueAsync(string connectionString, ImportRunRequest request)
    {
        await using var db = new NewsHubDbContext(NewsHubDbContextOptions.Create(connectionString));
        var result = await new ImportRunLog(db, new ImportQueueSignal(), TimeProvider.System).EnqueueAsync(request, default);
        Assert.False(result.AlreadyActive, $"run {result.RunId} for {request.Folder} was already active");
        return result.RunId;
    }

    /// <summary>Polls until <paramref name="condition"/> holds for the run, and returns the run as it then was.</summary>
    public static async Task<ImportRun> WaitForAsync(string connectionString, long runId, Func<ImportRun, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using (var db = new NewsHubDbContext(NewsHubDbContextOptions.Create(connectionString)))
            {
                var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
                if (condition(run))
                {
                    return run;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Run {runId} did not reach \"{what}\" within {timeout}: status {run.Status}, {run.FilesDone}/{run.TotalFiles} files, error {run.Error}");
                }
            }

            await Task.Delay(100);
        }
    }

    public static Task<ImportRun> WaitForEndAsync(string connectionString, long runId, TimeSpan timeout) =>
        WaitForAsync(connectionString, runId, r => r.Status is not (ImportRunStatus.Queued or ImportRunStatus.Running), timeout, "ended");
}
