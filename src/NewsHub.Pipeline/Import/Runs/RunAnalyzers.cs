using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsHub.Data.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>The analyzer of one run (a folder import or a feed poll).</summary>
public sealed partial class RunAnalyzers(RunDbContexts contexts, IServiceProvider services, ILogger<RunAnalyzers> logger)
{
    /// <summary>
    /// A registered analyzer if there is one; else one built from the catalog as stored now, so that
    /// an admin's catalog edits take effect on the next run. An empty catalog tags nothing.
    /// </summary>
    public async Task<IArticleAnalyzer> ForRunAsync(CancellationToken cancellationToken)
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

        return new BuiltOnFirstUse(() => new ArticleAnalyzer(new CompanyTagger(stored.Catalog)));
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
