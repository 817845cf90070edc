using NewsHub.Pipeline.Import.Runs;

namespace NewsHub.Web.Sources;

/// <summary>
/// Wakes this instance's scheduler at once when a source here became due (a watched folder changed, an admin
/// asked to fetch now); sources made due by other instances are found by polling.
/// </summary>
public sealed class SourceSchedulerSignal : IDisposable
{
    private readonly ImportQueueSignal signal = new();

    public void Notify() => signal.Notify();

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}
