namespace NewsHub.Pipeline.Import;

/// <summary>A folder to import.</summary>
/// <param name="Folder">The folder; made absolute before use.</param>
/// <param name="Recursive">Also import the folders below it.</param>
/// <param name="DryRun">Read and analyse everything and say what an import would do, but store nothing.</param>
/// <param name="RunId">The <c>import_runs</c> row the import is recorded under, for the log scope; null when unrecorded.</param>
/// <param name="RefuseFile">
/// Optional check of each file found: returns why the file must not be read (for the admin import, a
/// symbolic link leading outside the import roots), or null to read it. A refused file is reported as failed.
/// </param>
/// <param name="ReExtract">Also analyse and rewrite files whose content is unchanged, so that improved tagging and partnership finding reach stored articles.</param>
/// <param name="SourceId">The watched folder (<c>sources</c> row) whose poll this is, kept on each file's source row; null for an import by hand.</param>
public sealed record ImportRequest(
    string Folder, bool Recursive = false, bool DryRun = false, long? RunId = null, Func<string, string?>? RefuseFile = null, bool ReExtract = false, long? SourceId = null);
