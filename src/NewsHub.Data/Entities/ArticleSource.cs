namespace NewsHub.Data.Entities;

/// <summary>A file path an article was read from. Re-imports are keyed by this path.</summary>
public class ArticleSource
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>Full path of the file, normalised; unique.</summary>
    public required string Path { get; set; }

    /// <summary>Hash of the bytes last read from this path, so an unchanged file is skipped without parsing.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>True when the last import of its folder did not find the file.</summary>
    public bool IsMissing { get; set; }
}
