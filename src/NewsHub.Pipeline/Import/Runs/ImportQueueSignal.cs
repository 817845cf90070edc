namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// Wakes this instance's worker as soon as a run is queued here, so a request does not wait for the
/// next poll; runs queued by other instances are found by polling.
/// </summary>
public sealed class ImportQueueSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker will look once, which covers every run queued meanwhile.
        }
    }

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}
