using NewsHub.Data.Entities;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>What an admin asked for: a folder (already checked against the import roots) and the options.</summary>
/// <param name="Kind"><see cref="ImportRunKind.Import"/>, <see cref="ImportRunKind.ReExtract"/>, <see cref="ImportRunKind.Retag"/> or <see cref="ImportRunKind.FeedPoll"/>.</param>
/// <param name="Folder">Real path of the folder, or a feed's locator; empty for a re-tag.</param>
/// <param name="SourceId">The watched folder or feed whose poll this is; null for a run an admin asked for.</param>
public sealed record ImportRunRequest(ImportRunKind Kind, string Folder, bool Recursive, bool DryRun, long? SourceId = null)
{
    public static ImportRunRequest Retag() => new(ImportRunKind.Retag, "", Recursive: false, DryRun: false);
}

/// <summary>The answer to an enqueue: the new run, or the run already queued or running for that folder.</summary>
public sealed record EnqueueResult(long RunId, bool AlreadyActive);
