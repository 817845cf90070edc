using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Writing;

/// <summary>A source file the database knows, as a re-import needs it.</summary>
/// <param name="Id">Row id in <c>article_sources</c>.</param>
/// <param name="ContentHash">Hash of the bytes last stored from the file.</param>
public sealed record KnownSource(long Id, string Path, string ContentHash, long ArticleId, bool IsMissing);

/// <summary>
/// What the database knows about the files of one folder, read in one query so that a re-import
/// can skip unchanged files without a round trip each; and the bookkeeping at the end of an import
/// (files seen again, files gone).
/// </summary>
public static class FolderSources
{
    /// <summary>Every known source in <paramref name="folder"/> (and below it when <paramref name="recursive"/>), by path.</summary>
    public static async Task<Dictionary<string, KnownSource>> LoadAsync(NewsHubDbContext db, string folder, bool recursive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var prefix = FolderPrefix(folder);
        var sources = await db.ArticleSources.AsNoTracking()
            .Where(s => s.Kind == ArticleSourceKind.File && s.Path.StartsWith(prefix))
            .Select(s => new KnownSource(s.Id, s.Path, s.ContentHash, s.ArticleId, s.IsMissing))
            .ToListAsync(cancellationToken);
        return sources.Where(s => recursive || IsDirectChild(s.Path, prefix)).ToDictionary(s => s.Path, StringComparer.Ordinal);
    }

    /// <summary>Records that unchanged files were seen again: found again if they were missing, and their articles shown again.</summary>
    public static async Task MarkSeenAsync(NewsHubDbContext db, IReadOnlyCollection<KnownSource> seen, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(seen);
        var ids = seen.Select(s => s.Id).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        await db.ArticleSources.Where(s => ids.Contains(s.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now).SetProperty(s => s.IsMissing, false), cancellationToken);

        var reappeared = seen.Where(s => s.IsMissing).Select(s => s.ArticleId).Distinct().ToArray();
        if (reappeared.Length > 0)
        {
            await db.Articles.Where(a => reappeared.Contains(a.Id) && a.Status == ArticleStatus.Missing)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, ArticleStatus.Active), cancellationToken);
        }
    }

    /// <summary>
    /// Marks the known sources that the import did not find as missing, and hides articles none of
    /// whose files is left. Articles are kept: a file moved back later finds its article again.
    /// </summary>
    public static async Task MarkMissingAsync(NewsHubDbContext db, IReadOnlyCollection<KnownSource> gone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(gone);
        var ids = gone.Where(s => !s.IsMissing).Select(s => s.Id).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        await db.ArticleSources.Where(s => ids.Contains(s.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.IsMissing, true), cancellationToken);
        var articleIds = gone.Select(s => s.ArticleId).Distinct().ToArray();
        await db.Articles.Where(a => articleIds.Contains(a.Id) && a.Status == ArticleStatus.Active && a.Sources.All(s => s.IsMissing))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, ArticleStatus.Missing), cancellationToken);
    }

    /// <summary>True when an article with these bytes is stored (for dry runs, which must tell new content from duplicates).</summary>
    public static Task<bool> ContentExistsAsync(NewsHubDbContext db, string contentHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Articles.AnyAsync(a => a.ContentHash == contentHash, cancellationToken);
    }

    private static string FolderPrefix(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;

    private static bool IsDirectChild(string path, string prefix) => path.IndexOf(Path.DirectorySeparatorChar, prefix.Length) < 0;
}
