using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Caching;

/// <summary>
/// Keeps the <see cref="ReferenceData"/> (the company catalog, the hidden events, the timeline's total) for as
/// long as the data generation of <see cref="DataChangeFeed"/> stays the same, so that pages resolve names and
/// show groups without asking PostgreSQL each time. It holds nothing that depends on a request: whole pages
/// and per-address results are the page cache's business, which may be off while this stays on.
/// </summary>
/// <remarks>
/// A request first learns its generation (<see cref="DataGeneration"/>: one notification round trip, which sees
/// every change committed before the request), so a change is never hidden. When the feed cannot vouch for a
/// generation, the data is read from the database for that request alone. Requests that find the data out of
/// date share one load, made in a scope of its own so that no request's cancellation fails the others.
/// </remarks>
public sealed class ReferenceDataCache(IServiceScopeFactory scopes, CatalogSnapshots catalogs)
{
    private readonly Lock gate = new();
    private (long Generation, Task<ReferenceData> Load)? current;

    /// <summary>The reference data as of this request's generation.</summary>
    public async Task<ReferenceData> GetAsync(NewsHubDbContext db, DataGeneration generation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(generation);
        if (await generation.CurrentAsync(cancellationToken) is not { } now)
        {
            return await ReferenceData.LoadAsync(db, await catalogs.GetAsync(null, cancellationToken), cancellationToken);
        }

        Task<ReferenceData> load;
        lock (gate)
        {
            // An older request may arrive after a newer one started a load: it gets the newer data, never older.
            if (current is not { } entry || entry.Generation < now || entry.Load.IsFaulted || entry.Load.IsCanceled)
            {
                current = (now, LoadAsync(now));
            }

            load = current.Value.Load;
        }

        return await load.WaitAsync(cancellationToken);
    }

    private async Task<ReferenceData> LoadAsync(long generation)
    {
        await Task.Yield();
        var catalog = await catalogs.GetAsync(generation, CancellationToken.None);
        await using var scope = scopes.CreateAsyncScope();
        return await ReferenceData.LoadAsync(scope.ServiceProvider.GetRequiredService<NewsHubDbContext>(), catalog, CancellationToken.None);
    }
}

/// <summary>The reference data for one request: what pages and endpoints ask for (scoped).</summary>
public sealed class CurrentReferenceData(ReferenceDataCache cache, DataGeneration generation, NewsHubDbContext db)
{
    private Task<ReferenceData>? data;

    /// <summary>The reference data as of this request's generation, read once per request.</summary>
    public Task<ReferenceData> GetAsync(CancellationToken cancellationToken) => data ??= cache.GetAsync(db, generation, cancellationToken);
}
