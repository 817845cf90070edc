using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsHub.Data.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Reading;
using NewsHub.Data.Changes;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>The analyzer of one run (a folder import or a feed poll).</summary>
public sealed partial class RunAnalyzers(RunDbContexts contexts, IServiceProvider services, ILogger<RunAnalyzers> logger)
{
    /// <summary>
    /// A registered analyzer if there is one; else one built from the catalog snapshot as of now (the one the
    /// pages show once they see the same changes), so that an admin's catalog edits take effect on the next run.
    /// An empty catalog tags nothing.
    /// </summary>
    public async Task<RunAnalysis> ForRunAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IArticleAnalyzer>() is { } registered)
        {
            return new RunAnalysis(registered, null);
        }

        // The sync sees every edit committed before the run started; without it the snapshot is read afresh.
        var stored = await CurrentCatalogAsync(cancellationToken);
        if (stored.Catalog.Companies.Count == 0)
        {
            LogEmptyCatalog();
            return new RunAnalysis(new NoAnalysis(), stored);
        }

        return new RunAnalysis(new BuiltOnFirstUse(() => new ArticleAnalyzer(new CompanyTagger(stored.Catalog))), stored);
    }

    /// <summary>
    /// The web host shares one snapshot per data generation with its pages (the sync sees every edit committed
    /// before the run started); a process without a change feed, such as the CLI, reads its own for the run.
    /// </summary>
    private async Task<CatalogSnapshot> CurrentCatalogAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<CatalogSnapshots>() is { } shared && services.GetService<IDataGeneration>() is { } changes)
        {
            return await shared.GetAsync(await changes.SyncAsync(cancellationToken), cancellationToken);
        }

        await using var db = await contexts.Factory.CreateDbContextAsync(cancellationToken);
        return await CatalogSnapshot.LoadAsync(db, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The company catalog is empty: articles are stored without company and partnership mentions (seed it with newshub seed-catalog)")]
    private partial void LogEmptyCatalog();

    private sealed class NoAnalysis : IArticleAnalyzer
    {
        public ArticleAnalysis Analyze(ArticleDocument document) => ArticleAnalysis.Nothing;
    }

    /// <summary>
    /// Builds the analyzer when the first new or changed article needs it: the tagger takes about a
    /// second to build, which a re-import of unchanged files would otherwise spend for nothing.
    /// </summary>
    private sealed class BuiltOnFirstUse(Func<IArticleAnalyzer> build) : IArticleAnalyzer
    {
        private readonly Lazy<IArticleAnalyzer> analyzer = new(build, LazyThreadSafetyMode.ExecutionAndPublication);

        public ArticleAnalysis Analyze(ArticleDocument document) => analyzer.Value.Analyze(document);
    }
}

/// <summary>The analyzer of one run, and the catalog snapshot it tags with, for the run's writer to store against.</summary>
/// <param name="Analyzer">What analyses each article.</param>
/// <param name="Catalog">The snapshot the analyzer was built from; null for a registered analyzer, whose writer reads its own.</param>
public sealed record RunAnalysis(IArticleAnalyzer Analyzer, CatalogSnapshot? Catalog);
