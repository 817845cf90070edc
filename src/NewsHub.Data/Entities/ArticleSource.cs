namespace NewsHub.Data.Entities;

/// <summary>
/// A place an article was read from: a file, or an item of a feed. Re-imports and re-polls are keyed by
/// (<see cref="Kind"/>, <see cref="Path"/>).
/// </summary>
public class ArticleSource
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    public ArticleSourceKind Kind { get; set; }

    /// <summary>
    /// The key of what it was read from: a file's full path, normalised; for a feed item its feed's locator,
    /// <c>#</c> and its identity (see <see cref="ArticleSourceKind.FeedItem"/>). Unique per kind.
    /// </summary>
    public required string Path { get; set; }

    /// <summary>The watched folder or feed that brought it in; null for a file imported by hand, or once the source is deleted.</summary>
    public long? SourceId { get; set; }

    public Source? Source { get; set; }

    /// <summary>Hash of the bytes last read from this path, so an unchanged file is skipped without parsing.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>True when the last import of its folder did not find the file.</summary>
    public bool IsMissing { get; set; }
}
