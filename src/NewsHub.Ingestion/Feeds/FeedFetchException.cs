namespace NewsHub.Ingestion.Feeds;

/// <summary>
/// A feed that could not be polled as a whole. The message names the feed and says why, in words a person
/// can act on; the poll is recorded as failed and nothing already stored is touched.
/// </summary>
public sealed class FeedFetchException : Exception
{
    public FeedFetchException(string locator, FeedFailure failure, string reason, Exception? innerException = null)
        : base($"{locator}: {reason}", innerException)
    {
        Locator = locator;
        Failure = failure;
        Reason = reason;
    }

    /// <summary>The feed (or the page of one of its items) that failed.</summary>
    public string Locator { get; }

    /// <summary>The class of failure.</summary>
    public FeedFailure Failure { get; }

    /// <summary>The reason alone, without the locator.</summary>
    public string Reason { get; }
}
