using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsHub.Data.Entities;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// Runs a folder import or re-extract with <see cref="ImportRunner"/>: one transaction per article, unchanged files
/// skipped by hash, files gone from the folder marked missing. When a <see cref="IImportFolderGuard"/> is registered
/// (the web host), the folder is checked again when the run starts and each file as it is found, so a symbolic link
/// swapped in after the request cannot lead outside the import roots. With <see cref="ImportServiceOptions.BatchSize"/>
/// above zero the import is shared with the other instances (<see cref="SharedFolderImport"/>).
/// </summary>
public sealed class FolderImportExecutor(
    RunDbContexts contexts,
    IOptions<ImportServiceOptions> options,
    RunAnalyzers analyzers,
    ILoggerFactory loggers,
    SharedFolderImport shared,
    IImportFolderGuard? guard = null) : IImportRunExecutor
{
    public bool CanRun(ImportRunKind kind) => kind is ImportRunKind.Import or ImportRunKind.ReExtract;

    public async Task ExecuteAsync(ImportRun run, ImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        var request = RequestFor(run, guard);
        if (options.Value.BatchSize > 0 && !run.DryRun)
        {
            await shared.RunAsync(run, request, run.WorkerId!, progress, cancellationToken);
            return;
        }

        var analysis = await analyzers.ForRunAsync(cancellationToken);
        var runner = new ImportRunner(contexts.Factory, analysis.Analyzer, options.Value.Pipeline, loggers, catalog: analysis.Catalog);
        await runner.RunAsync(request, progress, cancellationToken);
    }

    /// <summary>The import <paramref name="run"/> asks for, its folder admitted by <paramref name="guard"/> (which throws when it refuses).</summary>
    internal static ImportRequest RequestFor(ImportRun run, IImportFolderGuard? guard)
    {
        var folder = guard?.Admit(run.Folder) ?? run.Folder;
        return new ImportRequest(
            folder, run.Recursive, run.DryRun, run.Id, guard is null ? null : guard.RefuseFile, ReExtract: run.Kind == ImportRunKind.ReExtract, SourceId: run.SourceId);
    }
}
