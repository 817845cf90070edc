namespace NewsHub.Ingestion.Import;

/// <summary>A folder to import.</summary>
/// <param name="Folder">The folder; made absolute before use.</param>
/// <param name="Recursive">Also import the folders below it.</param>
/// <param name="DryRun">Read and analyse everything and say what an import would do, but store nothing.</param>
/// <param name="RunId">The <c>import_runs</c> row the import is recorded under, for the log scope; null when unrecorded.</param>
public sealed record ImportRequest(string Folder, bool Recursive = false, bool DryRun = false, long? RunId = null);
