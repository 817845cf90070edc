using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Sources;
using NewsHub.Web.Sources;

namespace NewsHub.IntegrationTests.Sources;

/// <summary>Two app instances on one database: each due source is polled once per period.</summary>
public sealed class SchedulerLeaseTests : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-lease-").FullName;
    private AdminAppFactory first = null!;
    private AdminAppFactory second = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        // No workers and no background schedulers: the queued runs stay queued, and the test drives both schedulers.
        var settings = new Dictionary<string, string> { ["Sources:RunScheduler"] = "false" };
        first = new AdminAppFactory(database.ConnectionString, importRoot, runWorker: false, settings: settings);
        second = new AdminAppFactory(database.ConnectionString, importRoot, runWorker: false, settings: settings);
    }

    [Fact]
    public async Task Two_schedulers_racing_on_one_database_queue_one_poll_per_due_source()
    {
        var names = new List<string>();
        await using (var db = database.CreateContext())
        {
            for (var i = 0; i < 8; i++)
            {
                var folder = Directory.CreateDirectory(Path.Combine(importRoot, $"folder-{i}")).FullName;
                var source = await SourceRegistry.AddAsync(db, new SourceDraft(SourceKind.Folder, $"folder-{i}", folder, "1h"), DateTimeOffset.UtcNow, default);
                names.Add(source.Name);
            }
        }

        var a = SchedulerOf(first);
        var b = SchedulerOf(second);
        // Each scheduler makes several passes at once with the other: the due sources are leased by one pass of one of them.
        var passes = Enumerable.Range(0, 6).SelectMany(_ => new[] { a.ScheduleDueAsync(default), b.ScheduleDueAsync(default) });
        var leased = (await Task.WhenAll(passes)).Sum();

        Assert.Equal(names.Count, leased);
        await using var check = database.CreateContext();
        var runs = await check.ImportRuns.AsNoTracking().Where(r => r.SourceId != null).ToListAsync();
        Assert.Equal(names.Count, runs.Count);
        Assert.Equal(names.Count, runs.Select(r => r.SourceId).Distinct().Count());
        var sources = await check.Sources.AsNoTracking().ToListAsync();
        Assert.All(sources, s => Assert.True(s.NextRunAt > DateTimeOffset.UtcNow.AddMinutes(50), $"{s.Name} is due again in an hour, not now"));
        // Held until its poll ends (no worker runs here), by whichever scheduler queued it.
        Assert.All(sources, s => Assert.Contains(s.LeaseOwner, new[] { a.OwnerId, b.OwnerId }));

        // Due again while its poll is still queued: neither scheduler queues a second one.
        await check.Database.ExecuteSqlRawAsync("UPDATE sources SET next_run_at = now() - interval '1 minute'");
        Assert.Equal(0, await a.ScheduleDueAsync(default) + await b.ScheduleDueAsync(default));
        Assert.Equal(names.Count, await check.ImportRuns.CountAsync(r => r.SourceId != null));
    }

    [Fact]
    public async Task A_lease_whose_instance_died_expires_and_the_source_is_polled_by_another()
    {
        await using (var db = database.CreateContext())
        {
            var folder = Directory.CreateDirectory(Path.Combine(importRoot, "orphan")).FullName;
            await SourceRegistry.AddAsync(db, new SourceDraft(SourceKind.Folder, "orphan", folder, "1h"), DateTimeOffset.UtcNow, default);
            // An instance leased it and died before it queued the poll.
            await db.Database.ExecuteSqlRawAsync("UPDATE sources SET lease_owner = 'dead', lease_expires_at = now() + interval '1 hour'");
        }

        var scheduler = SchedulerOf(first);
        Assert.Equal(0, await scheduler.ScheduleDueAsync(default));

        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE sources SET lease_expires_at = now() - interval '1 second'");
        }

        Assert.Equal(1, await scheduler.ScheduleDueAsync(default));
        await using var check = database.CreateContext();
        Assert.Equal(scheduler.OwnerId, (await check.Sources.SingleAsync()).LeaseOwner);
        Assert.Equal(1, await check.ImportRuns.CountAsync(r => r.SourceId != null));
    }

    private static SourceScheduler SchedulerOf(AdminAppFactory factory) => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        new SourceSchedulerSignal(),
        Options.Create(new SourceSchedulerOptions { BatchSize = 3 }),
        TimeProvider.System,
        NullLogger<SourceScheduler>.Instance);

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }
}
