namespace NewsHub.Web.Caching;

/// <summary>
/// The data generation one request may trust (<see cref="DataChangeFeed.SyncAsync"/>), asked of the feed at
/// most once per request: the page cache's policy and the reference data both use it, and one round trip to
/// PostgreSQL is enough to see every change committed before the request arrived.
/// </summary>
public sealed class DataGeneration(DataChangeFeed feed)
{
    private Task<long?>? synced;

    /// <summary>The generation to cache under, or null when the feed cannot vouch for one (then nothing cached may be used).</summary>
    public Task<long?> CurrentAsync(CancellationToken cancellationToken) => synced ??= feed.SyncAsync(cancellationToken);
}
