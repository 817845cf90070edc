using NewsHub.Data.Entities;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// Does the work of one kind of queued run (a folder import, a re-extract, a re-tag) for the
/// <see cref="ImportService"/>, reporting each file to <see cref="ImportProgress"/> as it goes.
/// Implementations are scoped: one scope, and so one <c>DbContext</c>, per run.
/// </summary>
public interface IImportRunExecutor
{
    /// <summary>True for the kinds of run this executor does.</summary>
    bool CanRun(ImportRunKind kind);

    /// <summary>
    /// Runs <paramref name="run"/> to the end. Stops between articles when <paramref name="cancellationToken"/>
    /// fires, leaving every article either as it was or fully updated.
    /// </summary>
    Task ExecuteAsync(ImportRun run, ImportProgress progress, CancellationToken cancellationToken);
}
