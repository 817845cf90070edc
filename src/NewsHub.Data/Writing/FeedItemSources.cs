using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Writing;

/// <summary>What the database knows about the items of one feed, read in one query so that a poll skips unchanged items without a round trip each.</summary>
public static class FeedItemSources
{
    /// <summary>Every known item whose key starts with <paramref name="keyPrefix"/> (the feed's locator and <c>#</c>), by key.</summary>
    public static async Task<Dictionary<string, KnownSource>> LoadAsync(NewsHubDbContext db, string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sources = await db.ArticleSources.AsNoTracking()
            .Where(s => s.Kind == ArticleSourceKind.FeedItem && s.Path.StartsWith(keyPrefix))
            .Select(s => new KnownSource(s.Id, s.Path, s.ContentHash, s.ArticleId, s.IsMissing))
            .ToListAsync(cancellationToken);
        return sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
    }
}
