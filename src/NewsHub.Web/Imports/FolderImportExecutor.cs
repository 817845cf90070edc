using NewsHub.Data.Entities;
using NewsHub.Data.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Import;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Imports;

/// <summary>
/// Runs a queued folder import with the same <see cref="ImportRunner"/> as <c>newshub import</c>:
/// one transaction per article, unchanged files skipped by hash, files gone from the folder marked
/// missing. The folder is checked against the import roots again when the run starts, and each
/// file as it is found, so a symbolic link swapped in after the request cannot lead outside.
/// </summary>
public sealed partial class FolderImportExecutor(
    ImportFolderPolicy folders,
    RunDbContexts contexts,
    IConfiguration configuration,
    IServiceProvider services,
    ILoggerFactory loggers,
    ILogger<FolderImportExecutor> logger) : IImportRunExecutor
{
    public bool CanRun(ImportRunKind kind) => kind is ImportRunKind.Import or ImportRunKind.ReExtract;

    public async Task ExecuteAsync(ImportRun run, ImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        var decision = folders.Check(run.Folder);
        if (!decision.IsAllowed)
        {
            throw new InvalidOperationException(decision.Refusal);
        }

        var options = configuration.GetSection(ImportOptions.SectionName).Get<ImportOptions>() ?? new ImportOptions();
        var analyzer = await AnalyzerAsync(cancellationToken);
        var runner = new ImportRunner(contexts.Factory, analyzer, options, loggers);

        var request = new ImportRequest(decision.RealPath!, run.Recursive, run.DryRun, run.Id, RefuseFileOutsideRoots, ReExtract: run.Kind == ImportRunKind.ReExtract);
        await runner.RunAsync(request, new ProgressObserver(progress), cancellationToken);
    }

    /// <summary>
    /// A registered analyzer if there is one; else one built from the catalog as stored now, so that
    /// an admin's catalog edits take effect on the next import. An empty catalog tags nothing.
    /// </summary>
    private async Task<IArticleAnalyzer> AnalyzerAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IArticleAnalyzer>() is { } registered)
        {
            return registered;
        }

        await using var db = await contexts.Factory.CreateDbContextAsync(cancellationToken);
        var stored = await StoredCatalog.LoadAsync(db, cancellationToken);
        if (stored.Catalog.Companies.Count == 0)
        {
            LogEmptyCatalog();
            return new NoAnalysis();
        }

        return new ArticleAnalyzer(new CompanyTagger(stored.Catalog));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The company catalog is empty: articles are stored without company and partnership mentions (seed it with newshub seed-catalog)")]
    private partial void LogEmptyCatalog();

    private string? RefuseFileOutsideRoots(string path) =>
        folders.IsInsideRoots(path) ? null : "符号链接指向导入根目录之外，已拒绝。A symbolic link leading outside the import roots is not read.";

    /// <summary>Feeds the runner's events to the run's live progress.</summary>
    private sealed class ProgressObserver(ImportProgress progress) : IImportObserver
    {
        public void FilesFound(int total) => progress.SetTotal(total);

        public void FileStarted(string path) => progress.Starting(path);

        public void FileFinished(ImportFileResult result) => progress.Finished(result.Path, result.Outcome, result.StoredError, result.ArticleId);
    }

    private sealed class NoAnalysis : IArticleAnalyzer
    {
        public ArticleAnalysis Analyze(Ingestion.Reading.ArticleDocument document) => ArticleAnalysis.Nothing;
    }
}
