namespace NewsHub.Domain;

/// <summary>What an <c>ArticleSource</c> row points at.</summary>
public enum ArticleSourceKind
{
    /// <summary>A file; its key is the file's full path.</summary>
    File,

    /// <summary>An item of a feed; its key is the feed's locator, <c>#</c>, and the item's guid (else its link).</summary>
    FeedItem,
}
