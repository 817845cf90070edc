using Microsoft.Extensions.Logging;
using NewsHub.Data.Entities;
using NewsHub.Pipeline.Retagging;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// Runs a queued re-tag with the same <see cref="ArticleRetagger"/> as <c>newshub retag</c>, after an
/// admin edited the catalog, and turns its report into the run's report: one line per company whose
/// mentions changed and one per article re-tagged.
/// </summary>
public sealed class RetagExecutor(RunDbContexts contexts, ILogger<ArticleRetagger> logger) : IImportRunExecutor
{
    public bool CanRun(ImportRunKind kind) => kind == ImportRunKind.Retag;

    public async Task ExecuteAsync(ImportRun run, ImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        progress.Starting("重新标注全部文章 Re-tagging every stored article");
        var report = await new ArticleRetagger(contexts.Factory, logger).RetagAsync(run.DryRun, new ProgressObserver(progress), cancellationToken);
        foreach (var change in report.Companies.OrderBy(c => c.Group, StringComparer.Ordinal).ThenBy(c => c.Company, StringComparer.Ordinal))
        {
            // Company lines summarise the change; they are report lines, not counted items.
            progress.Note($"公司 {change.Company}（{change.Group}）：提及 +{change.Added} −{change.Removed}", FileOutcome.Changed);
        }
    }

    /// <summary>Counts articles on the run's page as they are done: one report line per changed article.</summary>
    private sealed class ProgressObserver(ImportProgress progress) : IRetagObserver
    {
        public void Started(int articleCount) => progress.SetTotal(articleCount);

        public void ArticleDone(long articleId, bool changed)
        {
            if (changed)
            {
                progress.Finished($"文章 #{articleId}", FileOutcome.Changed, null, articleId);
            }
            else
            {
                progress.Count(FileOutcome.Unchanged);
            }
        }
    }
}
