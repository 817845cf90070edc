using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Data.Writing;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Pipeline.Import;

namespace NewsHub.Pipeline.Retagging;

/// <summary>
/// Tags every stored article again with the live catalog (the <c>companies</c> and <c>company_aliases</c>
/// tables), without re-importing, and replaces the company mentions of each article whose tags changed,
/// with the partnerships found from the new tags, one transaction per article.
/// </summary>
/// <remarks>
/// Each changed article is re-tagged under a row lock on it, so an import writing the same article at
/// the same time is neither undone nor half-applied. A new alias can make a partnership sentence name
/// both its companies, or a removed one take a partnership back: the article's partnership mentions
/// are found again and the events they leave or join recomputed, in the same transaction.
/// </remarks>
/// <param name="analysisFor">The analysis to run with the stored catalog; by default the import's (<see cref="TaggerRetagAnalysis"/>).</param>
public sealed class ArticleRetagger(
    IDbContextFactory<NewsHubDbContext> contexts, ILogger<ArticleRetagger> logger, ArticleWriter? writer = null, Func<CompanyCatalog, IRetagAnalysis>? analysisFor = null)
{
    private readonly Func<CompanyCatalog, IRetagAnalysis> analysisOf = analysisFor ?? (catalog => new TaggerRetagAnalysis(catalog));

    private readonly ArticleWriter events = writer ?? new ArticleWriter(contexts, NullLogger<ArticleWriter>.Instance);

    private const int BatchSize = 200;

    /// <summary>
    /// Re-tags every article; with <paramref name="dryRun"/>, only reports what would change. <paramref name="observer"/>
    /// hears of each article as it is done.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the catalog tables are empty (seed them first).</exception>
    /// <exception cref="CatalogValidationException">When edits left the catalog inconsistent.</exception>
    public async Task<RetagReport> RetagAsync(bool dryRun, IRetagObserver? observer, CancellationToken cancellationToken)
    {
        CatalogSnapshot stored;
        int articleCount;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            stored = await CatalogSnapshot.LoadAsync(db, cancellationToken);

            // Articles a concurrent import adds later are counted as they come, so the bar may end past this.
            articleCount = await db.Articles.CountAsync(cancellationToken);
        }

        if (stored.Catalog.Companies.Count == 0)
        {
            throw new InvalidOperationException("The company catalog is empty: seed it first (newshub seed-catalog).");
        }

        var tagger = analysisOf(stored.Catalog);
        observer?.Started(articleCount);
        var tally = new MentionTally(stored);
        var scanned = 0;
        var changed = new List<long>();
        long afterId = 0;
        while (true)
        {
            var batch = await LoadBatchAsync(afterId, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var article in batch)
            {
                scanned++;
                var fresh = Resolve(tagger.Tag(article.CleanText), stored);
                var articleChanged = false;
                if (!StoredMention.SameSet(article.Mentions, fresh))
                {
                    // Written under a lock from the article as it is now: an import may have changed it since the batch was read.
                    var (before, after) = dryRun ? (article.Mentions, fresh) : await ReplaceAsync(article.Id, tagger, stored, cancellationToken);
                    articleChanged = !StoredMention.SameSet(before, after);
                    if (articleChanged)
                    {
                        changed.Add(article.Id);
                        tally.Add(before, after);
                        logger.LogDebug("Article {ArticleId}: company mentions {Before} -> {After}", article.Id, before.Count, after.Count);
                    }
                }

                observer?.ArticleDone(article.Id, articleChanged);
            }

            afterId = batch[^1].Id;
        }

        logger.LogInformation(
            "Retagged {ArticlesScanned} articles: {ArticlesChanged} changed{DryRunNote}",
            scanned, changed.Count, dryRun ? " (dry run, nothing written)" : "");
        return new RetagReport(scanned, changed, tally.ToChanges(), dryRun);
    }

    private async Task<List<StoredArticle>> LoadBatchAsync(long afterId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Id > afterId)
            .OrderBy(a => a.Id)
            .Take(BatchSize)
            .Select(a => new { a.Id, a.CleanText })
            .ToListAsync(cancellationToken);
        var ids = articles.Select(a => a.Id).ToArray();
        var mentions = (await db.ArticleCompanyMentions.AsNoTracking()
                .Where(m => ids.Contains(m.ArticleId))
                .Select(m => new { m.ArticleId, Mention = new StoredMention(m.CompanyId, m.GroupId, m.AsWritten, m.Start, m.Length) })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.ArticleId, m => m.Mention);
        return articles.Select(a => new StoredArticle(a.Id, a.CleanText, mentions[a.Id].ToList())).ToList();
    }

    /// <summary>Re-tags one article under a row lock and swaps its mentions; returns the mentions before and after.</summary>
    private async Task<(List<StoredMention> Before, List<StoredMention> After)> ReplaceAsync(
        long articleId, IRetagAnalysis tagger, CatalogSnapshot stored, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await RetagWriter.TryLockArticleAsync(db, articleId, cancellationToken))
        {
            // Deleted by a re-import since the batch was read.
            return ([], []);
        }

        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Title, a.CleanText, a.PublishedAt, a.PublishedOffsetMinutes })
            .SingleAsync(cancellationToken);
        var cleanText = article.CleanText;

        var before = await db.ArticleCompanyMentions.AsNoTracking()
            .Where(m => m.ArticleId == articleId)
            .Select(m => new StoredMention(m.CompanyId, m.GroupId, m.AsWritten, m.Start, m.Length))
            .ToListAsync(cancellationToken);
        // The column holds the UTC instant; relative dates (上月, 去年) count from the local calendar day.
        var published = article.PublishedAt is { } utc && article.PublishedOffsetMinutes is { } minutes ? utc.ToOffset(TimeSpan.FromMinutes(minutes)) : article.PublishedAt;
        var analysis = tagger.Analyze(article.Title, cleanText, published);
        var discovered = await DiscoveredCompanies.EnsureAsync(
            db, [.. analysis.Companies.Where(m => m.Discovered && stored.FindDiscovered(m.Name) is null).Select(m => (m.Name, m.Role))], cancellationToken);
        var after = Resolve(analysis.Companies, stored, discovered);
        if (!StoredMention.SameSet(before, after))
        {
            await RetagWriter.ReplaceCompanyMentionsAsync(
                db, articleId, [.. after.Select(m => new ResolvedCompanyMention(m.CompanyId, m.GroupId, m.AsWritten, m.Start, m.Length))], cancellationToken);

            // The same analysis as the import's, headline included, so a re-tag stores what an import would.
            var findings = analysis.Partnerships;
            var previous = await events.ReplacePartnershipsAsync(db, articleId, published, [.. findings.Select(ArticleMapping.ToStore)], cancellationToken);
            logger.LogDebug("Article {ArticleId}: partnership mentions {Before} -> {After}", articleId, previous, findings.Count);
        }

        await transaction.CommitAsync(cancellationToken);
        return (before, after);
    }

    /// <summary>
    /// The mentions as stored rows. A discovered company is found among <paramref name="created"/> (the rows the write
    /// just made or found), then among the discovered companies read at the start; when only comparing
    /// (<paramref name="created"/> null), one not stored yet counts as a change, so that the article is written and
    /// the company stored. A rejected name is never a company.
    /// </summary>
    private static List<StoredMention> Resolve(
        IReadOnlyList<CompanyMention> tags, CatalogSnapshot stored, IReadOnlyDictionary<string, StoredCompany>? created = null)
    {
        var mentions = new List<StoredMention>(tags.Count);
        foreach (var m in tags)
        {
            var mention = m.Discovered
                ? Discovered(m, stored, created)
                : new StoredMention(stored.IdOf(m.Name), stored.IdOf(m.Group), m.AsWritten, m.Start, m.Length);
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    private static StoredMention? Discovered(CompanyMention m, CatalogSnapshot stored, IReadOnlyDictionary<string, StoredCompany>? created)
    {
        if (created?.GetValueOrDefault(m.Name) is { } row)
        {
            return row.Status == CompanyStatus.Rejected ? null : new StoredMention(row.Id, row.GroupId, m.AsWritten, m.Start, m.Length);
        }

        if (stored.Catalog.RejectedNames.Contains(m.Name))
        {
            return null;
        }

        if (stored.FindDiscovered(m.Name) is { } id)
        {
            return new StoredMention(id, id, m.AsWritten, m.Start, m.Length);
        }

        // Comparing only, a company still to create makes the article change, so that the write stores it; writing,
        // a name no row took (an alias added since the catalog was read) is left out, for the next re-tag to tag.
        return created is null ? new StoredMention(NotYetStored, NotYetStored, m.AsWritten, m.Start, m.Length) : null;
    }

    /// <summary>The id of a discovered company no row holds yet: no stored mention has it, so the article counts as changed.</summary>
    private const int NotYetStored = -1;

    private sealed record StoredArticle(long Id, string CleanText, List<StoredMention> Mentions);
}
