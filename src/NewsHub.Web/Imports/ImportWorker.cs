using Microsoft.Extensions.Options;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Sources;
using NewsHub.Pipeline.Sources;
using NewsHub.Pipeline.Import.Runs;

namespace NewsHub.Web.Imports;

/// <summary>
/// Runs queued imports in the background, one at a time per app instance: on start and then every
/// half <see cref="ImportServiceOptions.StaleAfter"/> it marks runs of dead workers interrupted and
/// queues them again; it claims the oldest queued run and has <see cref="ImportService"/> run it, or, when none is
/// queued, helps with a batch of a shared folder run (<see cref="ImportServiceOptions.BatchSize"/>).
/// </summary>
public sealed partial class ImportWorker : BackgroundService
{
    private readonly IServiceScopeFactory scopes;
    private readonly ImportService imports;
    private readonly ImportQueueSignal signal;
    private readonly ImportServiceOptions settings;
    private readonly TimeProvider clock;
    private readonly ILogger<ImportWorker> logger;

    public ImportWorker(
        IServiceScopeFactory scopes, ImportService imports, ImportQueueSignal signal, IOptions<ImportServiceOptions> options, TimeProvider clock, ILogger<ImportWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.scopes = scopes;
        this.imports = imports;
        this.signal = signal;
        settings = options.Value;
        this.clock = clock;
        this.logger = logger;
        // The process id tells a restarted app from the one that died, so a dead run is never taken for its own.
        WorkerId = settings.WorkerName is { Length: > 0 } name
            ? name
            : $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
    }

    /// <summary>This worker's name in <c>import_runs.worker_id</c>.</summary>
    public string WorkerId { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave start-up to the host: the first database round trip happens off its thread.
        await Task.Yield();
        var nextRecovery = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() >= nextRecovery)
                {
                    await RecoverStaleRunsAsync(stoppingToken);
                    nextRecovery = clock.GetUtcNow() + settings.StaleAfter / 2;
                }

                if (await ClaimAsync(stoppingToken) is { } runId)
                {
                    await imports.RunClaimedAsync(runId, WorkerId, stoppingToken);
                    continue;
                }

                // Nothing queued: take a batch of a big import another instance is running, if runs are shared.
                if (await imports.HelpAsync(WorkerId, stoppingToken))
                {
                    continue;
                }

                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting: keep the worker alive and try again shortly.
                LogWorkerError(ex, WorkerId);
                await Task.Delay(settings.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task RecoverStaleRunsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<ImportRunLog>();
        foreach (var recovered in await log.RecoverStaleAsync(settings.StaleAfter, cancellationToken))
        {
            LogRunRecovered(recovered.InterruptedRunId, recovered.DeadWorkerId, recovered.RequeuedRunId);
        }
    }

    private async Task<long?> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportRunLog>().ClaimNextAsync(WorkerId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import run {ImportRunId} of worker {WorkerId} was interrupted; queued again as run {RequeuedRunId}")]
    private partial void LogRunRecovered(long importRunId, string? workerId, long requeuedRunId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import worker {WorkerId} failed; retrying")]
    private partial void LogWorkerError(Exception exception, string workerId);
}
