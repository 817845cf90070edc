namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// Decides which folders and files a run may read. The web host registers one (an admin may import only below the
/// configured import roots, and no symbolic link may lead out of them); the command line registers none and reads
/// what its user names, as any command a user runs does.
/// </summary>
public interface IImportFolderGuard
{
    /// <summary>The real path of <paramref name="folder"/> to import, or throws with the reason it is refused.</summary>
    /// <exception cref="InvalidOperationException">The folder may not be imported; the message says why.</exception>
    string Admit(string folder);

    /// <summary>Why the file at <paramref name="path"/>, found in an admitted folder, must not be read; null to read it.</summary>
    string? RefuseFile(string path);
}
