using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsHub.Data.Catalog;
using NewsHub.Data.Entities;
using NewsHub.Data.Search;
using Npgsql;

namespace NewsHub.Data.Writing;

/// <summary>Settings of <see cref="ArticleWriter"/>.</summary>
public sealed class ArticleWriterOptions
{
    /// <summary>
    /// Mentions of the same pair and stage whose dates lie at most this many days apart report the same
    /// event: news of one deal trickles in over weeks, while the same two companies rarely sign twice a month.
    /// </summary>
    public int EventWindowDays { get; set; } = 30;

    /// <summary>How often a write that lost a deadlock or serialisation race is tried in all.</summary>
    public int MaxAttempts { get; set; } = 4;
}

/// <summary>
/// Stores one article per transaction: the article (once per content hash, with every path it was
/// read from), its company mentions, its partnership mentions grouped into events, and its search
/// vector. A reader sees the article as it was or as it is, never half of it.
/// </summary>
/// <remarks>
/// Several imports may write at once. Writers serialise on what they share through transaction-scoped
/// advisory locks (see <see cref="AdvisoryLocks"/>): the source path, the content hash, the article
/// rows involved and every company pair whose events they touch. A lost deadlock is retried.
/// One instance serves a whole import and may be called from several threads.
/// </remarks>
public sealed partial class ArticleWriter(
    IDbContextFactory<NewsHubDbContext> contexts,
    ILogger<ArticleWriter> logger,
    ArticleWriterOptions? options = null,
    TimeProvider? clock = null,
    CatalogSnapshot? catalog = null)
{
    private readonly ArticleWriterOptions settings = options ?? new ArticleWriterOptions();
    private readonly TimeProvider time = clock ?? TimeProvider.System;
    private readonly Lock directoryGate = new();
    // The run's tagger's snapshot when given, so that both read the same catalog; else read at the first write.
    private Task<CatalogSnapshot>? directory = catalog is null ? null : Task.FromResult(catalog);

    // Discovered companies written since the directory was read: concurrent writes add to it.
    private readonly ConcurrentDictionary<string, StoredCompany> discoveredSinceLoad = new(StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, StoredCompany> EmptyCompanies = new Dictionary<string, StoredCompany>();

    /// <summary>Stores <paramref name="input"/> and says what that changed.</summary>
    public async Task<ArticleWriteResult> WriteAsync(ArticleToStore input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var companies = await GetDirectoryAsync().WaitAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(input, companies, cancellationToken);
            }
            catch (Exception ex) when (attempt < settings.MaxAttempts && IsLostRace(ex))
            {
                LogRetrying(input.SourcePath, attempt, ex.Message);
            }
        }
    }

    /// <summary>Makes the next write read the companies table again (after the catalog was seeded or edited).</summary>
    public void ForgetCompanies()
    {
        lock (directoryGate)
        {
            directory = null;
            discoveredSinceLoad.Clear();
        }
    }

    /// <summary>
    /// Replaces the partnership mentions of a stored article, found again after it was re-tagged, and
    /// brings up to date the events they leave and the events they join. Works in <paramref name="db"/>'s
    /// current transaction, whose caller holds the article's row lock (<c>SELECT … FOR UPDATE</c>): so
    /// the article's companies and partnerships change together.
    /// </summary>
    /// <returns>How many partnership mentions the article had before.</returns>
    public async Task<int> ReplacePartnershipsAsync(
        NewsHubDbContext db, long articleId, DateTimeOffset? publishedAt, IReadOnlyList<PartnershipMentionToStore> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(findings);
        var companies = await GetDirectoryAsync().WaitAsync(cancellationToken);
        var discovered = await EnsureDiscoveredAsync(db, findings.SelectMany(f => new[] { f.CompanyA, f.CompanyB }), companies, cancellationToken);
        var partnerships = ResolvePartnerships($"article {articleId}", findings, new CompanyIds(companies, discovered));
        var old = await db.PartnershipMentions.Where(m => m.ArticleId == articleId).Select(m => m.EventId).ToListAsync(cancellationToken);
        await db.PartnershipMentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await StoreEventsAsync(db, articleId, publishedAt, partnerships, [.. old.Distinct()], cancellationToken);
        return old.Count;
    }

    private async Task<ArticleWriteResult> WriteOnceAsync(ArticleToStore input, CatalogSnapshot companies, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();

        var stored = await ArticleInsert.ProbeAsync(db, input, cancellationToken);
        if (stored.IsNew && await SameLinkAsync(db, input, cancellationToken) is { } linked)
        {
            stored = stored with { SameContentId = linked };
        }

        // In the article's transaction, after its locks: a discovered company is stored with its first mention or not at all.
        var discovered = await EnsureDiscoveredAsync(
            db, input.CompanyMentions.Concat(input.PartnershipMentions.SelectMany(p => new[] { p.CompanyA, p.CompanyB })), companies, cancellationToken);
        var derived = Resolve(input, new CompanyIds(companies, discovered));
        ArticleWriteResult result;
        if (stored.IsNew)
        {
            // A first import is nearly every write of a big folder: two round trips in all.
            var articleId = await ArticleInsert.InsertNewAsync(db, input, derived.Companies, SearchVectorOf(input), now, cancellationToken);
            await StoreEventsAsync(db, articleId, input.PublishedAt, derived.Partnerships, [], cancellationToken);
            result = new ArticleWriteResult(FileOutcome.New, articleId);
        }
        else
        {
            result = await WriteKnownAsync(db, input, derived, stored, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Remember(discovered);
        return result;
    }

    /// <summary>The path or the content is stored already: a duplicate, an unchanged file or an edited one.</summary>
    private async Task<ArticleWriteResult> WriteKnownAsync(
        NewsHubDbContext db, ArticleToStore input, DerivedData derived, ArticleInsert.StoredState stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var source = stored.SourceId is { } sourceId ? await db.ArticleSources.SingleAsync(s => s.Id == sourceId, cancellationToken) : null;
        var sameContentId = stored.SameContentId;
        var locked = await LockArticlesAsync(db, [sameContentId, source?.ArticleId], cancellationToken);
        if (sameContentId is { } id && !locked.Contains(id))
        {
            // Its last source moved away and it was deleted while this writer waited.
            sameContentId = null;
        }

        return sameContentId is { } existingId && !(input.Rederive && source?.ArticleId == existingId)
            ? await AttachToStoredContentAsync(db, input, source, existingId, now, cancellationToken)
            : await StoreContentAsync(db, input, derived, source, now, cancellationToken);
    }

    /// <summary>The content is already stored (under another path, or unchanged under this one): only sources change.</summary>
    private static async Task<ArticleWriteResult> AttachToStoredContentAsync(
        NewsHubDbContext db, ArticleToStore input, ArticleSource? source, long articleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        FileOutcome outcome;
        long? previousId = null;
        if (source is null)
        {
            db.ArticleSources.Add(NewSource(input, articleId, now));
            outcome = FileOutcome.Duplicate;
        }
        else if (source.ArticleId == articleId)
        {
            Touch(source, input, now);
            outcome = FileOutcome.Unchanged;
        }
        else
        {
            previousId = source.ArticleId;
            source.ArticleId = articleId;
            Touch(source, input, now);
            outcome = FileOutcome.Duplicate;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (previousId is { } previous && !await db.ArticleSources.AnyAsync(s => s.ArticleId == previous, cancellationToken))
        {
            var touched = await RemoveDerivedDataAsync(db, previous, cancellationToken);
            await db.Articles.Where(a => a.Id == previous).ExecuteDeleteAsync(cancellationToken);
            await PartnershipEventWriter.StoreAsync(db, previous, null, [], touched, windowDays: 0, cancellationToken);
        }

        await db.Articles.Where(a => a.Id == articleId && a.Status == ArticleStatus.Missing)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, ArticleStatus.Active), cancellationToken);
        return new ArticleWriteResult(outcome, articleId);
    }

    /// <summary>Content not stored yet: a new article, or this path's article updated in place, with everything derived from it.</summary>
    private async Task<ArticleWriteResult> StoreContentAsync(
        NewsHubDbContext db, ArticleToStore input, DerivedData derived, ArticleSource? source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Article article;
        long? rewrittenId = null;
        if (source is null)
        {
            article = NewArticle(input, now);
            article.Sources.Add(NewSource(input, 0, now));
            db.Articles.Add(article);
        }
        else if (!input.Rederive && await db.ArticleSources.AnyAsync(s => s.ArticleId == source.ArticleId && s.Id != source.Id, cancellationToken))
        {
            // Other paths still hold the old content: they keep the old article, this path gets a new one.
            article = NewArticle(input, now);
            db.Articles.Add(article);
            source.Article = article;
            Touch(source, input, now);
        }
        else
        {
            // The article keeps its id, so links to it stay valid across edits of its file.
            article = await db.Articles.SingleAsync(a => a.Id == source.ArticleId, cancellationToken);
            Apply(article, input, now);
            Touch(source, input, now);
            rewrittenId = article.Id;
        }

        var touched = rewrittenId is { } rewritten ? await RemoveDerivedDataAsync(db, rewritten, cancellationToken) : [];
        await db.SaveChangesAsync(cancellationToken);
        await ArticleInsert.InsertCompanyMentionsAsync(db, article.Id, derived.Companies, cancellationToken);
        await ArticleSearchIndexer.IndexAsync(db, article.Id, SearchVectorOf(input), cancellationToken);
        await StoreEventsAsync(db, article.Id, input.PublishedAt, derived.Partnerships, touched, cancellationToken);
        return new ArticleWriteResult(source is null ? FileOutcome.New : FileOutcome.Changed, article.Id);
    }

    /// <summary>
    /// For a feed item never stored: the article whose original it links to, if one is stored already (a folder
    /// mirroring the same site wrote it). Its bytes differ from the item's, but it is the same news: it is stored
    /// once, with both sources.
    /// </summary>
    private static async Task<long?> SameLinkAsync(NewsHubDbContext db, ArticleToStore input, CancellationToken cancellationToken)
    {
        if (input.SourceKind != ArticleSourceKind.FeedItem || ArticleValues.UrlOrNull(input.SourceUrl) is not { } link)
        {
            return null;
        }

        return await db.Articles.AsNoTracking()
            .Where(a => a.SourceUrl == link)
            .OrderBy(a => a.Id)
            .Select(a => (long?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private Task StoreEventsAsync(
        NewsHubDbContext db, long articleId, DateTimeOffset? publishedAt, IReadOnlyList<ResolvedPartnership> partnerships, List<long> touched, CancellationToken cancellationToken) =>
        PartnershipEventWriter.StoreAsync(db, articleId, publishedAt, partnerships, touched, settings.EventWindowDays, cancellationToken);

    private static SearchVector SearchVectorOf(ArticleToStore input) => input.SearchVector ?? SearchVector.Of(ArticleValues.Bounded(input.Title, 1000), input.CleanText);

    /// <summary>Removes the mentions of an article whose content is replaced; returns the events they belonged to.</summary>
    private static async Task<List<long>> RemoveDerivedDataAsync(NewsHubDbContext db, long articleId, CancellationToken cancellationToken)
    {
        var events = await db.PartnershipMentions.Where(m => m.ArticleId == articleId).Select(m => m.EventId).Distinct().ToListAsync(cancellationToken);
        await db.PartnershipMentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleCompanyMentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        return events;
    }

    /// <summary>Row-locks the given articles in id order; returns the ids that still exist.</summary>
    private static async Task<HashSet<long>> LockArticlesAsync(NewsHubDbContext db, long?[] ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<long>().Distinct().Order().ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }

        var locked = await db.Database
            .SqlQuery<long>($"SELECT id AS \"Value\" FROM articles WHERE id = ANY({wanted}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        return [.. locked];
    }

    /// <summary>
    /// The stored rows of the discovered companies among <paramref name="mentions"/> that neither the directory nor
    /// an earlier write knows, created on first sight; no round trip when there are none.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, StoredCompany>> EnsureDiscoveredAsync(
        NewsHubDbContext db, IEnumerable<CompanyMentionToStore> mentions, CatalogSnapshot companies, CancellationToken cancellationToken)
    {
        var unknown = mentions
            .Where(m => m.Discovered && companies.Find(m.Name) is null && !companies.IsRejected(m.Name) && !discoveredSinceLoad.ContainsKey(m.Name))
            .Select(m => (m.Name, m.Role))
            .ToList();
        return unknown.Count == 0 ? EmptyCompanies : await DiscoveredCompanies.EnsureAsync(db, unknown, cancellationToken);
    }

    /// <summary>Keeps the discovered companies a committed write created or found, so later writes need no round trip for them.</summary>
    private void Remember(IReadOnlyDictionary<string, StoredCompany> discovered)
    {
        foreach (var (name, company) in discovered)
        {
            discoveredSinceLoad[name] = company;
        }
    }

    private DerivedData Resolve(ArticleToStore input, CompanyIds companies)
    {
        var mentions = new List<ResolvedCompanyMention>();
        foreach (var mention in input.CompanyMentions)
        {
            if (Ids(input.SourcePath, mention, companies) is var (companyId, groupId))
            {
                mentions.Add(new ResolvedCompanyMention(companyId, groupId, mention.AsWritten, mention.Start, mention.Length));
            }
        }

        return new DerivedData(mentions, ResolvePartnerships(input.SourcePath, input.PartnershipMentions, companies));
    }

    private List<ResolvedPartnership> ResolvePartnerships(string articleName, IReadOnlyList<PartnershipMentionToStore> findings, CompanyIds companies)
    {
        var partnerships = new List<ResolvedPartnership>();
        foreach (var finding in findings)
        {
            if (Ids(articleName, finding.CompanyA, companies) is not var (companyA, groupA) || Ids(articleName, finding.CompanyB, companies) is not var (companyB, groupB))
            {
                continue;
            }

            if (groupA == groupB)
            {
                LogSameGroup(articleName, finding.CompanyA.Group, finding.CompanyB.Group);
                continue;
            }

            // The pair is stored in one spelling, smaller id first (a check constraint insists).
            var a = new ResolvedSide(companyA, groupA, finding.CompanyA);
            var b = new ResolvedSide(companyB, groupB, finding.CompanyB);
            partnerships.Add(groupA < groupB ? new ResolvedPartnership(a, b, finding) : new ResolvedPartnership(b, a, finding));
        }

        return partnerships;
    }

    private (int CompanyId, int GroupId)? Ids(string articleName, CompanyMentionToStore mention, CompanyIds companies)
    {
        if (mention.Discovered)
        {
            return DiscoveredIds(articleName, mention, companies);
        }

        var directory = companies.Directory;
        var companyId = directory.Find(mention.Name);
        var groupId = directory.Find(mention.Group);
        if (companyId is { } company && groupId is { } group)
        {
            return (company, group);
        }

        LogUnknownCompany(articleName, companyId is null ? mention.Name : mention.Group, mention.AsWritten);
        return null;
    }

    /// <summary>
    /// The ids of a discovered company: a name an admin rejected is never a company again, and a name that has since
    /// become a catalog name or alias is stored as that company, folded into its group.
    /// </summary>
    private (int CompanyId, int GroupId)? DiscoveredIds(string articleName, CompanyMentionToStore mention, CompanyIds companies)
    {
        var company = companies.Directory.IsRejected(mention.Name)
            ? null
            : companies.Created.GetValueOrDefault(mention.Name) ?? discoveredSinceLoad.GetValueOrDefault(mention.Name) ?? companies.Directory.FindCompany(mention.Name);
        if (company is null or { Status: CompanyStatus.Rejected })
        {
            LogRejectedOrUnknown(articleName, mention.Name);
            return null;
        }

        return (company.Id, company.GroupId);
    }

    /// <summary>The company ids, read once and shared by every write; a failed read is tried again by the next write.</summary>
    private Task<CatalogSnapshot> GetDirectoryAsync()
    {
        lock (directoryGate)
        {
            if (directory is null || directory.IsFaulted || directory.IsCanceled)
            {
                directory = LoadDirectoryAsync();
            }

            return directory;
        }
    }

    private async Task<CatalogSnapshot> LoadDirectoryAsync()
    {
        // Shared by concurrent writes, so no single caller's cancellation may end it.
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var loaded = await CatalogSnapshot.LoadAsync(db, CancellationToken.None);
        if (loaded.CatalogCount == 0)
        {
            LogEmptyCatalog();
        }

        return loaded;
    }

    private static bool IsLostRace(Exception ex)
    {
        for (var current = ex; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }

    private static Article NewArticle(ArticleToStore input, DateTimeOffset now)
    {
        var article = new Article
        {
            ContentHash = input.ContentHash,
            Title = "",
            Encoding = input.Encoding,
            CleanText = "",
            SanitizedHtml = "",
            MetadataJson = "{}",
            ImportedAt = now,
        };
        Apply(article, input, now);
        return article;
    }

    private static void Apply(Article article, ArticleToStore input, DateTimeOffset now)
    {
        article.ContentHash = input.ContentHash;
        article.Title = ArticleValues.Bounded(input.Title, 1000);
        article.PublishedAt = input.PublishedAt;
        article.Author = ArticleValues.BoundedOrNull(input.Author, 500);
        article.Outlet = ArticleValues.BoundedOrNull(input.Outlet, 500);
        article.SourceUrl = ArticleValues.UrlOrNull(input.SourceUrl);
        article.Format = input.Format;
        article.Encoding = input.Encoding;
        article.CleanText = input.CleanText;
        article.SanitizedHtml = input.SanitizedHtml;
        article.MetadataJson = input.MetadataJson;
        article.UpdatedAt = now;
        article.Status = ArticleStatus.Active;
    }

    private static ArticleSource NewSource(ArticleToStore input, long articleId, DateTimeOffset now) => new()
    {
        ArticleId = articleId,
        Kind = input.SourceKind,
        Path = input.SourcePath,
        SourceId = input.SourceId,
        ContentHash = input.ContentHash,
        FirstSeenAt = now,
        LastSeenAt = now,
    };

    private static void Touch(ArticleSource source, ArticleToStore input, DateTimeOffset now)
    {
        source.ContentHash = input.ContentHash;
        // A file first imported by hand and then found by a watched folder belongs to that folder from now on.
        source.SourceId = input.SourceId ?? source.SourceId;
        source.LastSeenAt = now;
        source.IsMissing = false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a mention of {Company} (written {AsWritten}) in {ArticlePath}: the company is not in the companies table")]
    private partial void LogUnknownCompany(string articlePath, string company, string asWritten);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped a mention of the discovered company {Company} in {ArticlePath}: an admin rejected the name, or it is an alias stored since the catalog was read")]
    private partial void LogRejectedOrUnknown(string articlePath, string company);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a partnership of {GroupA} and {GroupB} in {ArticlePath}: both fold into the same group")]
    private partial void LogSameGroup(string articlePath, string groupA, string groupB);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The companies table is empty: company and partnership mentions will be skipped until the catalog is seeded")]
    private partial void LogEmptyCatalog();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Writing {ArticlePath} lost a race with another writer (attempt {Attempt}: {Reason}); trying again")]
    private partial void LogRetrying(string articlePath, int attempt, string reason);

    /// <summary>The directory read at the start, with the discovered companies this write created or found.</summary>
    private sealed record CompanyIds(CatalogSnapshot Directory, IReadOnlyDictionary<string, StoredCompany> Created);

    private sealed record DerivedData(IReadOnlyList<ResolvedCompanyMention> Companies, IReadOnlyList<ResolvedPartnership> Partnerships);
}
