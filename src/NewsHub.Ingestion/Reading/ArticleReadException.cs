namespace NewsHub.Ingestion.Reading;

/// <summary>
/// A file that cannot be read as an article. The message names the file and says why, in words a
/// person can act on; the import records it and goes on with the next file.
/// </summary>
public sealed class ArticleReadException : Exception
{
    public ArticleReadException(string path, ReadFailure failure, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        Path = path;
        Failure = failure;
        Reason = reason;
    }

    /// <summary>The file that failed.</summary>
    public string Path { get; }

    /// <summary>The class of failure, for counting and tests.</summary>
    public ReadFailure Failure { get; }

    /// <summary>The reason alone, without the path.</summary>
    public string Reason { get; }
}
