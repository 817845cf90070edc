using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import.Runs;
using Npgsql;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// A command-line import keeps the run log's rules beside a web host: it beats while it runs, so the host
/// neither marks it interrupted nor queues a copy of it, and it takes the per-folder lock, so a folder is
/// never imported by two runs at once.
/// </summary>
public sealed class CommandLineImportBesideWebTests : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-cli-beside-web-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    [Fact]
    public async Task A_command_line_import_longer_than_StaleAfter_is_neither_interrupted_nor_run_twice()
    {
        var folder = Path.Combine(importRoot, "seeds");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(TestFolder.Shared("seeds")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // The host (in this process, through WebApplicationFactory) takes a run whose heartbeat is 2 s old for dead and
        // sweeps every second; the command line beats every 0.3 s.
        using var web = new AdminAppFactory(database.ConnectionString, importRoot, settings: new Dictionary<string, string> { ["Imports:StaleAfter"] = "00:00:02" });
        _ = web.Services; // starts the host and its import worker

        // Holding article_sources keeps the import waiting on its first query, for as long as the test likes.
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE article_sources IN ACCESS EXCLUSIVE MODE", holder, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var import = NewsHubCli.RunAsync(database.ConnectionString, ["import", folder], environment: new Dictionary<string, string>
        {
            ["Imports__HeartbeatInterval"] = "00:00:00.300",
        });
        var cliRun = await PollAsync(async db => await db.ImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Folder == folder), "the command line's run");
        Assert.Equal(ImportRunStatus.Running, cliRun.Status);
        Assert.StartsWith("cli:", cliRun.WorkerId, StringComparison.Ordinal);

        // A control run whose process is gone: once the host has interrupted it, its recovery has looked at
        // the command line's run too, which by then is older than StaleAfter.
        long controlId;
        await using (var db = database.CreateContext())
        {
            var control = new ImportRun
            {
                Kind = ImportRunKind.Import, Folder = Path.Combine(importRoot, "gone"), Status = ImportRunStatus.Running,
                RequestedAt = DateTimeOffset.UtcNow, StartedAt = DateTimeOffset.UtcNow, HeartbeatAt = DateTimeOffset.UtcNow, WorkerId = "cli:gone:1",
            };
            db.ImportRuns.Add(control);
            await db.SaveChangesAsync();
            controlId = control.Id;
        }

        await RunWaiter.WaitForAsync(database.ConnectionString, controlId, r => r.Status == ImportRunStatus.Interrupted, TimeSpan.FromSeconds(60), "interrupted by the host");
        var stillRunning = await RunWaiter.WaitForAsync(
            database.ConnectionString, cliRun.Id,
            r => r.Status != ImportRunStatus.Running || DateTimeOffset.UtcNow - r.StartedAt > TimeSpan.FromSeconds(6),
            TimeSpan.FromSeconds(60), "running three times StaleAfter, or ended");

        // An admin's request for the same folder meets the command line's run under the per-folder lock.
        EnqueueResult asked;
        await using (var scope = web.Services.CreateAsyncScope())
        {
            asked = await scope.ServiceProvider.GetRequiredService<ImportRunLog>()
                .EnqueueAsync(new ImportRunRequest(ImportRunKind.Import, folder, Recursive: false, DryRun: false), CancellationToken.None);
        }

        await hold.RollbackAsync();
        var result = await import;
        Assert.True(stillRunning.Status == ImportRunStatus.Running, $"the command line's run became {stillRunning.Status}: {stillRunning.Error}\n{result.Output}");
        Assert.Equal((cliRun.Id, true), (asked.RunId, asked.AlreadyActive));
        Assert.True(result.ExitCode == 0, result.Output);

        await using (var db = database.CreateContext())
        {
            var runs = await db.ImportRuns.AsNoTracking().Where(r => r.Folder == folder).ToListAsync();
            var run = Assert.Single(runs);
            Assert.Equal(ImportRunStatus.Succeeded, run.Status);
            Assert.Equal(5, run.NewCount);
            Assert.Equal(5, await db.ArticleSources.CountAsync());
        }
    }

    [Fact]
    public async Task A_command_line_import_of_a_folder_another_run_holds_is_refused_and_names_that_run()
    {
        var folder = Path.Combine(importRoot, "busy");
        Directory.CreateDirectory(folder);
        var queued = await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(ImportRunKind.Import, folder, Recursive: false, DryRun: false));

        var result = await NewsHubCli.RunAsync(database.ConnectionString, ["import", folder + "/"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"run {queued} is queued", result.StandardError, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.ImportRuns.CountAsync(r => r.Folder == folder));
    }

    private async Task<T> PollAsync<T>(Func<Data.NewsHubDbContext, Task<T?>> probe, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            await using (var db = database.CreateContext())
            {
                if (await probe(db) is { } found)
                {
                    return found;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not appear within 60 s");
            }

            await Task.Delay(100);
        }
    }
}
