using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsHub.Data.Entities;

namespace NewsHub.Ingestion.Import.Runs;

/// <summary>
/// Runs a folder import or re-extract with <see cref="ImportRunner"/>: one transaction per article, unchanged files
/// skipped by hash, files gone from the folder marked missing. When a <see cref="IImportFolderGuard"/> is registered
/// (the web host), the folder is checked again when the run starts and each file as it is found, so a symbolic link
/// swapped in after the request cannot lead outside the import roots.
/// </summary>
public sealed class FolderImportExecutor(
    RunDbContexts contexts,
    IOptions<ImportServiceOptions> options,
    RunAnalyzers analyzers,
    ILoggerFactory loggers,
    IImportFolderGuard? guard = null) : IImportRunExecutor
{
    public bool CanRun(ImportRunKind kind) => kind is ImportRunKind.Import or ImportRunKind.ReExtract;

    public async Task ExecuteAsync(ImportRun run, ImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        var folder = guard?.Admit(run.Folder) ?? run.Folder;
        var analyzer = await analyzers.ForRunAsync(cancellationToken);
        var runner = new ImportRunner(contexts.Factory, analyzer, options.Value.Pipeline, loggers);

        var request = new ImportRequest(
            folder, run.Recursive, run.DryRun, run.Id, guard is null ? null : guard.RefuseFile, ReExtract: run.Kind == ImportRunKind.ReExtract, SourceId: run.SourceId);
        await runner.RunAsync(request, progress, cancellationToken);
    }
}
