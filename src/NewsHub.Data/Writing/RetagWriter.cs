using Microsoft.EntityFrameworkCore;

namespace NewsHub.Data.Writing;

/// <summary>
/// Writes what a re-tag changes in one stored article: its company mentions, swapped inside the caller's
/// transaction while the article's row is locked. (Its partnership mentions go through
/// <see cref="ArticleWriter.ReplacePartnershipsAsync"/>, which regroups their events.)
/// </summary>
public static class RetagWriter
{
    /// <summary>
    /// Locks article <paramref name="articleId"/>'s row until the transaction ends, so that an import writing the
    /// same article waits; false when the article is gone (deleted by a re-import since it was read).
    /// </summary>
    public static Task<bool> TryLockArticleAsync(NewsHubDbContext db, long articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database
            .SqlQuery<long>($"SELECT id AS \"Value\" FROM articles WHERE id = {articleId} FOR UPDATE")
            .AnyAsync(cancellationToken);
    }

    /// <summary>Replaces every company mention of article <paramref name="articleId"/> with <paramref name="mentions"/>.</summary>
    public static async Task ReplaceCompanyMentionsAsync(
        NewsHubDbContext db, long articleId, IReadOnlyList<ResolvedCompanyMention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mentions);
        await db.ArticleCompanyMentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await ArticleInsert.InsertCompanyMentionsAsync(db, articleId, mentions, cancellationToken);
    }
}
