using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsHub.Data.Entities;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// Keeps one running run alive, whoever runs it (the web host's worker or a command line): every
/// <see cref="ImportServiceOptions.HeartbeatInterval"/> it stores the report lines so far, writes the heartbeat and
/// counts, and stops the run when an admin asked for that or another instance has taken the run for dead.
/// </summary>
internal sealed partial class ImportRunHeartbeat(
    IServiceScopeFactory scopes, long runId, string workerId, ImportProgress progress, CancellationTokenSource runCancellation,
    TimeSpan interval, TimeProvider clock, ILogger log)
{
    private readonly ILogger logger = log;

    /// <summary>True once the run was found to be another worker's: this one must leave its record alone.</summary>
    public bool LostOwnership { get; private set; }

    /// <summary>True once an admin's cancel request was read.</summary>
    public bool CancelRequested { get; private set; }

    /// <summary>
    /// Beats at once (starting a process and the run may already have cost part of StaleAfter), then until
    /// <paramref name="stop"/> fires; the first count of files is written as soon as it is known.
    /// </summary>
    public async Task BeatUntilAsync(CancellationToken stop)
    {
        var totalWritten = false;
        var first = true;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (first)
                {
                    // Off the caller's thread, so that the run starts while the first beat goes out.
                    await Task.Yield();
                    first = false;
                }
                else if (totalWritten)
                {
                    await Task.Delay(interval, clock, stop);
                }
                else
                {
                    // A page that shows "0 / 0" until the next beat tells the admin nothing.
                    await Task.WhenAny(Task.Delay(interval, clock, stop), progress.FirstTotal);
                    stop.ThrowIfCancellationRequested();
                    totalWritten = progress.FirstTotal.IsCompleted;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await BeatAsync(stop);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One missed beat is harmless; many make the run look dead, and the sweep takes over.
                LogHeartbeatFailed(ex, runId);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Stores the report lines recorded since the last beat.</summary>
    public async Task FlushOutcomesAsync(CancellationToken cancellationToken)
    {
        var outcomes = progress.TakeOutcomes();
        if (outcomes.Count == 0 || LostOwnership)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ImportRunLog>().AppendOutcomesAsync(runId, outcomes, cancellationToken);
        }
        catch
        {
            // A beat cut short when the run ends (or a failed save) must not lose report lines: the
            // last flush after the run stores them. Without this a short run's report missed failures.
            progress.PutBack(outcomes);
            throw;
        }
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        await FlushOutcomesAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<ImportRunLog>();
        switch (await log.HeartbeatAsync(runId, workerId, progress.Snapshot(), cancellationToken))
        {
            case null:
                LostOwnership = true;
                await runCancellation.CancelAsync();
                break;
            case true when !runCancellation.IsCancellationRequested:
                CancelRequested = true;
                LogCancelRequested(runId);
                await runCancellation.CancelAsync();
                break;
            default:
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancel requested for import run {ImportRunId}")]
    private partial void LogCancelRequested(long importRunId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Heartbeat of import run {ImportRunId} failed")]
    private partial void LogHeartbeatFailed(Exception exception, long importRunId);
}
