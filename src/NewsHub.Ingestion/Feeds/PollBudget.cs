namespace NewsHub.Ingestion.Feeds;

/// <summary>What one poll has spent, shared by the items read in parallel: requests made and page fetches left.</summary>
internal sealed class PollBudget(int pageFetches)
{
    private int _requests;
    private int _pagesLeft = pageFetches;

    /// <summary>HTTP requests made so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Counts one request.</summary>
    public void CountRequest() => Interlocked.Increment(ref _requests);

    /// <summary>Takes one page fetch from the budget; false when it is spent.</summary>
    public bool TryTakePageFetch() => Interlocked.Decrement(ref _pagesLeft) >= 0;
}
