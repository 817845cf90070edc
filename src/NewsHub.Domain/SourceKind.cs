namespace NewsHub.Domain;

public enum SourceKind
{
    /// <summary>A folder under an import root, watched for new and changed files.</summary>
    Folder,

    /// <summary>An RSS 2.0, Atom 1.0 or JSON Feed, by URL or as a local file.</summary>
    Feed,
}
