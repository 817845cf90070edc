using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Pipeline.Import;

/// <summary>Where a document was read from, as its <c>article_sources</c> row keeps it.</summary>
/// <param name="Key">A file's full path, or a feed item's key (<see cref="FeedItemKey"/>).</param>
/// <param name="SourceId">The watched folder or feed that brought it in, if any.</param>
public sealed record ArticleOrigin(ArticleSourceKind Kind, string Key, long? SourceId)
{
    /// <summary>A file, imported by hand (no source) or found in a watched folder.</summary>
    public static ArticleOrigin File(string path, long? sourceId = null) => new(ArticleSourceKind.File, path, sourceId);

    /// <summary>An item of a feed: identity is (feed, item guid, else link).</summary>
    public static ArticleOrigin FeedItem(string feedLocator, string identity, long? sourceId) =>
        new(ArticleSourceKind.FeedItem, FeedItemKey(feedLocator, identity), sourceId);

    /// <summary>The key of a feed item: its feed's locator, <c>#</c>, and its identity.</summary>
    public static string FeedItemKey(string feedLocator, string identity) => feedLocator + "#" + identity;
}

/// <summary>A document analysed and mapped, ready for <see cref="ArticleStoring.StoreAsync"/>.</summary>
public sealed record PreparedArticle(ArticleToStore Article, ArticleAnalysis Analysis);

/// <summary>
/// The one step that turns a read document into a stored article, whichever way it came: analyse (companies,
/// partnerships), map to the writer's shape with its search words, and store in one transaction. A folder
/// import (<see cref="ImportRunner"/>) and a feed poll both go through it, so an article reads the same
/// whether a file or a feed item brought it.
/// </summary>
public sealed class ArticleStoring(IArticleAnalyzer analyzer, ArticleWriter writer)
{
    /// <summary>
    /// Analyses and maps <paramref name="document"/>. CPU-heavy: call it where reading runs in parallel, not on
    /// the writer's path. <paramref name="rederive"/> rewrites derived data even when the content is stored already.
    /// </summary>
    public PreparedArticle Prepare(ArticleDocument document, ArticleOrigin origin, bool rederive = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(origin);
        var analysis = analyzer.Analyze(document);
        var article = ArticleMapping.ToStore(document, analysis) with
        {
            SourcePath = origin.Key,
            SourceKind = origin.Kind,
            SourceId = origin.SourceId,
            Rederive = rederive,
        };
        return new PreparedArticle(article, analysis);
    }

    /// <summary>Stores what <see cref="Prepare"/> made, in one transaction, and says what that changed.</summary>
    public Task<ArticleWriteResult> StoreAsync(PreparedArticle prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        return writer.WriteAsync(prepared.Article, cancellationToken);
    }
}
