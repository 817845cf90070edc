using NewsHub.Data.Entities;
using NewsHub.Pipeline.Import;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Imports;

/// <summary>
/// Runs a queued folder import with the same <see cref="ImportRunner"/> as <c>newshub import</c>:
/// one transaction per article, unchanged files skipped by hash, files gone from the folder marked
/// missing. The folder is checked against the import roots again when the run starts, and each
/// file as it is found, so a symbolic link swapped in after the request cannot lead outside.
/// </summary>
public sealed class FolderImportExecutor(
    ImportFolderPolicy folders,
    RunDbContexts contexts,
    IConfiguration configuration,
    RunAnalyzers analyzers,
    ILoggerFactory loggers) : IImportRunExecutor
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
        var analysis = await analyzers.ForRunAsync(cancellationToken);
        var runner = new ImportRunner(contexts.Factory, analysis.Analyzer, options, loggers, catalog: analysis.Catalog);

        var request = new ImportRequest(
            decision.RealPath!, run.Recursive, run.DryRun, run.Id, RefuseFileOutsideRoots, ReExtract: run.Kind == ImportRunKind.ReExtract, SourceId: run.SourceId);
        await runner.RunAsync(request, new ProgressObserver(progress), cancellationToken);
    }

    private string? RefuseFileOutsideRoots(string path) =>
        folders.IsInsideRoots(path) ? null : "符号链接指向导入根目录之外，已拒绝。A symbolic link leading outside the import roots is not read.";
}
