using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Catalog;
using NewsHub.Data.Writing;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Pipeline.Import;

/// <summary>
/// Imports a folder: folder → read → analyse → store, one transaction per article. Shared by
/// <c>newshub import</c> and the admin import worker.
/// </summary>
/// <remarks>
/// <para>Re-imports are keyed by source path. The hashes of every known file of the folder are read
/// in one query first; a file whose bytes hash the same is unchanged and is never parsed.</para>
/// <para>Reading and analysing are CPU-bound and run on every core; storing waits on PostgreSQL
/// and runs on a few connections at once. A bounded channel between the two keeps memory flat
/// whichever side is slower. A file that fails is recorded with its reason and the import goes on;
/// nothing of it is stored, since each article is written in a single transaction.</para>
/// </remarks>
public sealed partial class ImportRunner(
    IDbContextFactory<NewsHubDbContext> contexts,
    IArticleAnalyzer analyzer,
    ImportOptions options,
    ILoggerFactory loggerFactory,
    TimeProvider? clock = null,
    CatalogSnapshot? catalog = null)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<ImportRunner>();
    private readonly TimeProvider time = clock ?? TimeProvider.System;
    private readonly ArticleReader reader = new(options.Reading);

    /// <summary>Imports <paramref name="request"/>'s folder and says what became of each file.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public async Task<ImportSummary> RunAsync(ImportRequest request, IImportObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.Folder));
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder {folder} does not exist or cannot be opened.");
        }

        using var runScope = logger.BeginScope(new Dictionary<string, object?> { ["ImportRunId"] = request.RunId, ["ImportFolder"] = folder });
        var stopwatch = Stopwatch.StartNew();
        // The count so far while listing, then the total: a folder of thousands takes a while to list.
        var files = ArticleFolder.ListArticleFiles(folder, request.Recursive, listed => observer?.FilesFound(listed));
        observer?.FilesFound(files.Count);
        LogStarting(folder, files.Count, request.Recursive, request.DryRun);

        var run = await ImportListedAsync(request, folder, files, observer, cancellationToken);
        var gone = await MarkGoneAsync(request, folder, run.Known.Values, files, cancellationToken);
        foreach (var source in gone)
        {
            run.Record(new ImportFileResult(source.Path, FileOutcome.Missing, ArticleId: source.ArticleId));
        }

        var summary = new ImportSummary(folder, request.DryRun, [.. run.Results.OrderBy(r => r.Path, StringComparer.Ordinal)], stopwatch.Elapsed);
        LogFinished(folder, summary.Count(FileOutcome.New), summary.Count(FileOutcome.Changed), summary.Count(FileOutcome.Unchanged),
            summary.Count(FileOutcome.Duplicate), summary.Count(FileOutcome.Failed), summary.Count(FileOutcome.Missing), stopwatch.Elapsed.TotalSeconds);
        return summary;
    }

    /// <summary>
    /// Imports some files of <paramref name="request"/>'s folder (a batch of a run shared by several instances) and says
    /// what became of each; files of the folder not named are left alone, and none is marked missing.
    /// </summary>
    public async Task<IReadOnlyList<ImportFileResult>> ImportFilesAsync(
        ImportRequest request, IReadOnlyList<string> files, IImportObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(files);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.Folder));
        var run = await ImportListedAsync(request, folder, files, observer, cancellationToken);
        return [.. run.Results];
    }

    /// <summary>
    /// Marks missing the stored files of the folder that are not among <paramref name="found"/> (the whole listing of a
    /// shared run), hides their articles, and reports each as <see cref="FileOutcome.Missing"/> to <paramref name="observer"/>.
    /// </summary>
    public async Task MarkMissingAsync(ImportRequest request, IReadOnlyCollection<string> found, IImportObserver? observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.Folder));
        Dictionary<string, KnownSource> known;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            known = await FolderSources.LoadAsync(db, folder, request.Recursive, cancellationToken);
        }

        foreach (var source in await MarkGoneAsync(request, folder, known.Values, found, cancellationToken))
        {
            observer?.FileFinished(new ImportFileResult(source.Path, FileOutcome.Missing, ArticleId: source.ArticleId));
        }
    }

    /// <summary>Reads, analyses and stores <paramref name="files"/>, unchanged ones skipped by their hash.</summary>
    private async Task<Run> ImportListedAsync(ImportRequest request, string folder, IReadOnlyList<string> files, IImportObserver? observer, CancellationToken cancellationToken)
    {
        Dictionary<string, KnownSource> known;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            known = await FolderSources.LoadAsync(db, folder, request.Recursive, cancellationToken);
        }

        var writer = new ArticleWriter(contexts, loggerFactory.CreateLogger<ArticleWriter>(), options.Writing, time, catalog);
        var run = new Run(request, known, new ArticleStoring(analyzer, writer), observer);
        var queue = Channel.CreateBounded<PreparedFile>(new BoundedChannelOptions(Math.Max(1, options.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
        });

        var reading = ReadAllAsync(files, run, queue.Writer, cancellationToken);
        var writing = Enumerable.Range(0, Math.Max(1, options.WriteParallelism))
            .Select(_ => StoreAllAsync(queue.Reader, run, cancellationToken))
            .ToList();
        await Task.WhenAll([reading, .. writing]);
        if (!request.DryRun)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await FolderSources.MarkSeenAsync(db, run.Unchanged, time.GetUtcNow(), cancellationToken);
        }

        return run;
    }

    /// <summary>The known files not <paramref name="found"/>, in path order; marked missing unless this is a dry run.</summary>
    private async Task<IReadOnlyList<KnownSource>> MarkGoneAsync(
        ImportRequest request, string folder, IEnumerable<KnownSource> known, IReadOnlyCollection<string> found, CancellationToken cancellationToken)
    {
        var listed = found as IReadOnlySet<string> ?? found.ToHashSet(StringComparer.Ordinal);
        var gone = known.Where(s => !listed.Contains(s.Path)).OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        if (!request.DryRun)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await FolderSources.MarkMissingAsync(db, gone, cancellationToken);
        }

        return gone;
    }

    private async Task ReadAllAsync(IReadOnlyList<string> files, Run run, ChannelWriter<PreparedFile> queue, CancellationToken cancellationToken)
    {
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.ReadParallelism), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(files, parallel, async (path, token) =>
            {
                using var fileScope = logger.BeginScope(new Dictionary<string, object?> { ["ArticlePath"] = path });
                run.Observer?.FileStarted(path);
                if (await PrepareAsync(path, run, token) is { } prepared)
                {
                    await queue.WriteAsync(prepared, token);
                }
            });
            queue.Complete();
        }
        catch (Exception ex)
        {
            queue.Complete(ex);
            throw;
        }
    }

    /// <summary>Loads, reads and analyses one file; null when it is unchanged or failed (and recorded so).</summary>
    private async Task<PreparedFile?> PrepareAsync(string path, Run run, CancellationToken cancellationToken)
    {
        try
        {
            if (run.Request.RefuseFile?.Invoke(path) is { } refusal)
            {
                run.Record(new ImportFileResult(path, FileOutcome.Failed, $"{path}: {refusal}", Failure: new(FileFailureKind.OutsideImportRoots, null)));
                return null;
            }

            var file = await ArticleFile.LoadAsync(path, options.Reading, cancellationToken);
            var known = run.Known.GetValueOrDefault(path);
            if (known is not null && known.ContentHash == file.ContentHash && !run.Request.ReExtract)
            {
                run.Unchanged.Add(known);
                run.Record(new ImportFileResult(path, FileOutcome.Unchanged, ArticleId: known.ArticleId));
                return null;
            }

            var document = reader.Read(file);
            var prepared = run.Storing.Prepare(document, ArticleOrigin.File(path, run.Request.SourceId), run.Request.ReExtract);
            return new PreparedFile(prepared, known);
        }
        catch (ArticleReadException ex)
        {
            LogReadFailed(ex.Path, ex.Reason);
            run.Record(new ImportFileResult(path, FileOutcome.Failed, ex.Message, Failure: new(KindOf(ex.Failure), ex.Reason)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in analysis must not stop the import; the file is reported like any other failure.
            LogAnalysisFailed(ex, path);
            run.Record(new ImportFileResult(path, FileOutcome.Failed, $"{path}: analysing the article failed: {ex.Message}", Failure: new(FileFailureKind.AnalysisFailed, ex.Message)));
        }

        return null;
    }

    private static FileFailureKind KindOf(ReadFailure failure) => failure switch
    {
        ReadFailure.Unreadable => FileFailureKind.Unreadable,
        ReadFailure.TooLarge => FileFailureKind.TooLarge,
        ReadFailure.Empty => FileFailureKind.Empty,
        ReadFailure.Binary => FileFailureKind.Binary,
        ReadFailure.UnknownEncoding => FileFailureKind.UnknownEncoding,
        ReadFailure.UnclosedFrontMatter => FileFailureKind.UnclosedFrontMatter,
        ReadFailure.InvalidFrontMatter => FileFailureKind.InvalidFrontMatter,
        _ => FileFailureKind.Other,
    };

    private async Task StoreAllAsync(ChannelReader<PreparedFile> queue, Run run, CancellationToken cancellationToken)
    {
        await foreach (var prepared in queue.ReadAllAsync(cancellationToken))
        {
            var path = prepared.Article.SourcePath;
            using var fileScope = logger.BeginScope(new Dictionary<string, object?> { ["ArticlePath"] = path });
            try
            {
                var result = run.Request.DryRun
                    ? await PredictAsync(prepared, run, cancellationToken)
                    : await run.Storing.StoreAsync(prepared.Prepared, cancellationToken);
                LogStored(path, result.Outcome, result.ArticleId, prepared.Analysis.Companies.Count, prepared.Analysis.Partnerships.Count);
                run.Record(new ImportFileResult(path, result.Outcome, ArticleId: result.ArticleId == 0 ? null : result.ArticleId));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStoreFailed(ex, path);
                run.Record(new ImportFileResult(path, FileOutcome.Failed, $"{path}: storing the article failed: {ex.Message}", Failure: new(FileFailureKind.StoreFailed, ex.Message)));
            }
        }
    }

    /// <summary>What storing would do, without storing: for dry runs.</summary>
    private async Task<ArticleWriteResult> PredictAsync(PreparedFile prepared, Run run, CancellationToken cancellationToken)
    {
        var hash = prepared.Article.ContentHash;
        bool stored;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            stored = await FolderSources.ContentExistsAsync(db, hash, cancellationToken);
        }

        var firstInRun = run.ContentSeen.TryAdd(hash, prepared.Article.SourcePath);
        var outcome = stored || !firstInRun ? FileOutcome.Duplicate
            : prepared.Known is not null ? FileOutcome.Changed
            : FileOutcome.New;
        return new ArticleWriteResult(outcome, prepared.Known?.ArticleId ?? 0);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Importing {FileCount} files from {Folder} (recursive {Recursive}, dry run {DryRun})")]
    private partial void LogStarting(string folder, int fileCount, bool recursive, bool dryRun);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Folder}: {NewCount} new, {ChangedCount} changed, {UnchangedCount} unchanged, {DuplicateCount} duplicate, {FailedCount} failed, {MissingCount} missing in {Seconds:F1} s")]
    private partial void LogFinished(string folder, int newCount, int changedCount, int unchangedCount, int duplicateCount, int failedCount, int missingCount, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot read {ArticlePath}: {Reason}")]
    private partial void LogReadFailed(string articlePath, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Analysing {ArticlePath} failed")]
    private partial void LogAnalysisFailed(Exception exception, string articlePath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing {ArticlePath} failed; nothing of it was stored")]
    private partial void LogStoreFailed(Exception exception, string articlePath);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{ArticlePath}: {Outcome} as article {ArticleId} ({CompanyCount} company mentions, {PartnershipCount} partnership mentions)")]
    private partial void LogStored(string articlePath, FileOutcome outcome, long articleId, int companyCount, int partnershipCount);

    /// <summary>A file read, analysed and mapped, waiting to be stored.</summary>
    private sealed record PreparedFile(PreparedArticle Prepared, KnownSource? Known)
    {
        public ArticleToStore Article => Prepared.Article;

        public ArticleAnalysis Analysis => Prepared.Analysis;
    }

    /// <summary>The state one import shares between its readers and writers.</summary>
    private sealed class Run(ImportRequest request, Dictionary<string, KnownSource> known, ArticleStoring storing, IImportObserver? observer)
    {
        public ArticleStoring Storing { get; } = storing;

        private readonly ConcurrentQueue<ImportFileResult> results = new();

        public ImportRequest Request { get; } = request;

        public IReadOnlyDictionary<string, KnownSource> Known { get; } = known;

        public IImportObserver? Observer { get; } = observer;

        public ConcurrentBag<KnownSource> Unchanged { get; } = [];

        /// <summary>Content hashes met in this run (dry runs only), to tell duplicates within the folder.</summary>
        public ConcurrentDictionary<string, string> ContentSeen { get; } = new(StringComparer.Ordinal);

        public IEnumerable<ImportFileResult> Results => results;

        public void Record(ImportFileResult result)
        {
            results.Enqueue(result);
            Observer?.FileFinished(result);
        }
    }
}
