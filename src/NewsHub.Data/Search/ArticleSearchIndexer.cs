using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Search;

/// <summary>
/// Writes the full-text search vector of articles: the title's words with weight A, the clean text's with
/// weight B, both cut by <see cref="SearchTokenizer"/> and built by <see cref="SearchVector"/>.
/// </summary>
/// <remarks>
/// The article writer calls <see cref="IndexAsync(NewsHubDbContext, Article, CancellationToken)"/> after
/// saving an article, inside its own transaction, so a reader never finds an article whose vector describes
/// another version of it. <see cref="IndexMissingAsync"/> fills rows stored without a vector (rows older than
/// the search column, or written by tools that bypass the writer); <see cref="ReindexAllAsync"/> rebuilds every
/// vector, e.g. after the segmenter's dictionary changed.
/// </remarks>
public static class ArticleSearchIndexer
{
    /// <summary>Articles cut and written per round trip by the batch methods.</summary>
    public const int DefaultBatchSize = 200;

    /// <summary>
    /// Computes and stores the vector of one saved article, in the context's current transaction if it has one.
    /// </summary>
    public static Task IndexAsync(NewsHubDbContext db, Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return IndexAsync(db, article.Id, article.Title, article.CleanText, cancellationToken);
    }

    /// <summary>Computes and stores the vector of article <paramref name="articleId"/> from its title and clean text.</summary>
    public static Task IndexAsync(NewsHubDbContext db, long articleId, string title, string cleanText, CancellationToken cancellationToken = default) =>
        IndexAsync(db, articleId, SearchVector.Of(title, cleanText), cancellationToken);

    /// <summary>Stores <paramref name="vector"/> as the vector of article <paramref name="articleId"/>.</summary>
    public static async Task IndexAsync(NewsHubDbContext db, long articleId, SearchVector vector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(vector);
        var text = vector.Text;
        await db.Database.ExecuteSqlAsync($"UPDATE articles SET search_vector = {text}::tsvector WHERE id = {articleId}", cancellationToken);
    }

    /// <summary>Indexes every article that has no vector yet; returns how many were indexed.</summary>
    public static Task<int> IndexMissingAsync(NewsHubDbContext db, IProgress<int>? progress = null, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default) =>
        IndexBatchesAsync(db, onlyMissing: true, progress, batchSize, cancellationToken);

    /// <summary>Recomputes the vector of every article; returns how many were indexed.</summary>
    public static Task<int> ReindexAllAsync(NewsHubDbContext db, IProgress<int>? progress = null, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default) =>
        IndexBatchesAsync(db, onlyMissing: false, progress, batchSize, cancellationToken);

    private static async Task<int> IndexBatchesAsync(NewsHubDbContext db, bool onlyMissing, IProgress<int>? progress, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var indexed = 0;
        var lastId = 0L;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking()
                .Where(a => a.Id > lastId)
                .Where(a => !onlyMissing || EF.Property<NpgsqlTypes.NpgsqlTsVector?>(a, ArticleSearch.VectorProperty) == null)
                .OrderBy(a => a.Id)
                .Take(batchSize)
                .Select(a => new ArticleText(a.Id, a.Title, a.CleanText))
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return indexed;
            }

            // Cutting is the slow part and each article is independent: use every core.
            var rows = new IndexRow[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                rows[i] = new IndexRow(batch[i], SearchVector.Of(batch[i].Title, batch[i].CleanText).Text));
            await WriteAsync(db, rows, cancellationToken);

            indexed += batch.Count;
            lastId = batch[^1].Id;
            progress?.Report(indexed);
        }
    }

    /// <summary>
    /// One statement per batch. A row is written only while the article still has the text its vector was
    /// cut from: if the writer changed it meanwhile, the writer has indexed the new text itself.
    /// </summary>
    private static async Task WriteAsync(NewsHubDbContext db, IReadOnlyList<IndexRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Article.Id).ToArray();
        var titles = rows.Select(r => r.Article.Title).ToArray();
        var texts = rows.Select(r => r.Article.CleanText).ToArray();
        var vectors = rows.Select(r => r.Vector).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE articles AS a
               SET search_vector = v.vector::tsvector
              FROM unnest({ids}, {titles}, {texts}, {vectors}) AS v(id, title, clean_text, vector)
             WHERE a.id = v.id AND a.title = v.title AND a.clean_text = v.clean_text
            """,
            cancellationToken);
    }

    private sealed record ArticleText(long Id, string Title, string CleanText);

    private sealed record IndexRow(ArticleText Article, string Vector);
}
