using NewsHub.Data.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Reading;
using NewsHub.Web.Caching;

namespace NewsHub.Web.Imports;

/// <summary>The analyzer of one background run (a folder import or a feed poll).</summary>
public sealed partial class RunAnalyzers(CatalogSnapshots catalogs, DataChangeFeed changes, IServiceProvider services, ILogger<RunAnalyzers> logger)
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
        var stored = await catalogs.GetAsync(await changes.SyncAsync(cancellationToken), cancellationToken);
        if (stored.Catalog.Companies.Count == 0)
        {
            LogEmptyCatalog();
            return new RunAnalysis(new NoAnalysis(), stored);
        }

        return new RunAnalysis(new ArticleAnalyzer(new CompanyTagger(stored.Catalog)), stored);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The company catalog is empty: articles are stored without company and partnership mentions (seed it with newshub seed-catalog)")]
    private partial void LogEmptyCatalog();

    private sealed class NoAnalysis : IArticleAnalyzer
    {
        public ArticleAnalysis Analyze(ArticleDocument document) => ArticleAnalysis.Nothing;
    }
}

/// <summary>The analyzer of one run, and the catalog snapshot it tags with, for the run's writer to store against.</summary>
/// <param name="Analyzer">What analyses each article.</param>
/// <param name="Catalog">The snapshot the analyzer was built from; null for a registered analyzer, whose writer reads its own.</param>
public sealed record RunAnalysis(IArticleAnalyzer Analyzer, CatalogSnapshot? Catalog);
