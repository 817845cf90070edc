using Microsoft.EntityFrameworkCore;

namespace NewsHub.Data.Catalog;

/// <summary>
/// Hands out the current <see cref="CatalogSnapshot"/>, reading it once per data generation and sharing it with
/// everyone who asks for that generation or an older one: the pages, and the tagger and writer of each import run.
/// </summary>
/// <remarks>
/// A generation is the caller's proof of freshness: a number that moves on whenever the stored data may have
/// changed (the web app's change feed, which hears <see cref="Changes.DataChangeNotifications"/>). A caller that
/// cannot vouch for one passes null and gets a snapshot read for it alone, so a change is never hidden. Concurrent
/// callers share one read, made without their cancellation so that no caller's going away fails the others.
/// </remarks>
public sealed class CatalogSnapshots(IDbContextFactory<NewsHubDbContext> contexts)
{
    private readonly Lock gate = new();
    private (long Generation, Task<CatalogSnapshot> Load)? current;

    /// <summary>The snapshot as of <paramref name="generation"/>, or a fresh read when that is null.</summary>
    public async Task<CatalogSnapshot> GetAsync(long? generation, CancellationToken cancellationToken)
    {
        if (generation is not { } now)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await CatalogSnapshot.LoadAsync(db, cancellationToken);
        }

        Task<CatalogSnapshot> load;
        lock (gate)
        {
            // An older caller may arrive after a newer one started a read: it gets the newer snapshot, never older.
            if (current is not { } entry || entry.Generation < now || entry.Load.IsFaulted || entry.Load.IsCanceled)
            {
                current = (now, LoadAsync());
            }

            load = current.Value.Load;
        }

        return await load.WaitAsync(cancellationToken);
    }

    private async Task<CatalogSnapshot> LoadAsync()
    {
        await Task.Yield();
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        return await CatalogSnapshot.LoadAsync(db, CancellationToken.None);
    }
}
