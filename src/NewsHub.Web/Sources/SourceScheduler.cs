using Microsoft.Extensions.Options;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Sources;
using NewsHub.Ingestion.Sources;
using NewsHub.Pipeline.Sources;
using NewsHub.Web.Imports;
using NewsHub.Pipeline.Import.Runs;

namespace NewsHub.Web.Sources;

/// <summary>
/// Queues the poll of every due source as an import run, once per period however many instances run: each
/// pass leases due sources in PostgreSQL (<see cref="SourceLeases"/>), queues a run for each on the shared
/// import queue (a folder import, or a feed poll), and moves the source's next run on. The import worker of
/// whichever instance claims the run does the work and writes the health line when it ends.
/// </summary>
public sealed partial class SourceScheduler : BackgroundService
{
    private readonly IServiceScopeFactory scopes;
    private readonly SourceSchedulerSignal signal;
    private readonly SourceSchedulerOptions settings;
    private readonly TimeProvider clock;
    private readonly ILogger<SourceScheduler> logger;

    public SourceScheduler(
        IServiceScopeFactory scopes, SourceSchedulerSignal signal, IOptions<SourceSchedulerOptions> options, TimeProvider clock, ILogger<SourceScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.scopes = scopes;
        this.signal = signal;
        settings = options.Value;
        this.clock = clock;
        this.logger = logger;
        OwnerId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
    }

    /// <summary>This scheduler's name in <c>sources.lease_owner</c>.</summary>
    public string OwnerId { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch may leave more due sources behind: look again at once.
                if (await ScheduleDueAsync(stoppingToken) < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: keep the scheduler alive and try again shortly.
                LogSchedulerError(ex, OwnerId);
                await Task.Delay(settings.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Leases the due sources and queues a poll of each; returns how many it leased.</summary>
    public async Task<int> ScheduleDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<ImportRunLog>();
        var due = await SourceLeases.ClaimDueAsync(db, OwnerId, settings.LeaseDuration, settings.BatchSize, cancellationToken);
        foreach (var source in due)
        {
            using var sourceScope = logger.BeginScope(new Dictionary<string, object> { ["SourceId"] = source.Id, ["SourceName"] = source.Name });
            if (!SourceSchedule.TryParse(source.Schedule, out var schedule, out var problem))
            {
                LogBadSchedule(source.Name, source.Schedule, problem!);
                await SourcePollRecorder.RecordAsync(db, source.Id, new SourcePollEnd(null, problem, 0, 0), clock.GetUtcNow(), cancellationToken);
                continue;
            }

            var request = source.Kind == SourceKind.Folder
                ? new ImportRunRequest(ImportRunKind.Import, source.Locator, source.Recursive, DryRun: false, source.Id)
                : new ImportRunRequest(ImportRunKind.FeedPoll, source.Locator, Recursive: false, DryRun: false, source.Id);
            var queued = await queue.EnqueueAsync(request, cancellationToken);
            await SourceLeases.ScheduledAsync(db, source.Id, OwnerId, queued.RunId, schedule!.Next(clock.GetUtcNow()), cancellationToken);
            if (queued.AlreadyActive)
            {
                // A run of the same folder or feed is under way already (an admin's import, or the last poll still
                // going): it covers this period, and its end writes the health line.
                await SourceLeases.ReleaseAsync(db, source.Id, cancellationToken);
            }

            LogQueued(source.Name, queued.RunId, queued.AlreadyActive);
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceName} is due: poll queued as run {ImportRunId} (a run was already active: {AlreadyActive})")]
    private partial void LogQueued(string sourceName, long importRunId, bool alreadyActive);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceName} has a schedule that cannot be read ({Schedule}): {Problem}")]
    private partial void LogBadSchedule(string sourceName, string schedule, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Source scheduler {OwnerId} failed; retrying")]
    private partial void LogSchedulerError(Exception exception, string ownerId);
}
