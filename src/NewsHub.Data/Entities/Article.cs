namespace NewsHub.Data.Entities;

/// <summary>
/// One stored article. Identical content read from several paths is stored once (keyed by
/// <see cref="ContentHash"/>) and lists every path in <see cref="Sources"/>.
/// </summary>
public class Article
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex; the identity of the content.</summary>
    public required string ContentHash { get; set; }

    public required string Title { get; set; }

    private DateTimeOffset? publishedAt;

    /// <summary>
    /// Publication time with the offset the article gave (+08:00 for a Beijing time), or null when the
    /// article gives none (never the import time). Stored as a UTC instant plus <see cref="PublishedOffsetMinutes"/>.
    /// </summary>
    public DateTimeOffset? PublishedAt
    {
        get => publishedAt is { } instant && PublishedOffsetMinutes is { } minutes ? instant.ToOffset(TimeSpan.FromMinutes(minutes)) : publishedAt;
        set
        {
            publishedAt = value;
            PublishedOffsetMinutes = value is { } time ? (int)time.Offset.TotalMinutes : null;
        }
    }

    /// <summary>The offset of <see cref="PublishedAt"/> as written in the article, in minutes east of UTC.</summary>
    public int? PublishedOffsetMinutes { get; set; }

    public string? Author { get; set; }

    /// <summary>The outlet that published the article (front matter <c>source</c>, <c>author</c> or categories).</summary>
    public string? Outlet { get; set; }

    /// <summary>Link to the original article when the front matter gives one.</summary>
    public string? SourceUrl { get; set; }

    public ArticleFormat Format { get; set; }

    /// <summary>The text encoding the file was decoded with (utf-8, utf-8-bom, gb18030).</summary>
    public required string Encoding { get; set; }

    /// <summary>Plain text with paragraph breaks as newlines; every character offset in mentions points into it.</summary>
    public required string CleanText { get; set; }

    /// <summary>Sanitised HTML for display; the only article field a page may write unescaped.</summary>
    public required string SanitizedHtml { get; set; }

    /// <summary>Every front matter key as read, unknown ones included, as a JSON object.</summary>
    public required string MetadataJson { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ArticleStatus Status { get; set; }

    public List<ArticleSource> Sources { get; set; } = [];

    public List<ArticleCompanyMention> CompanyMentions { get; set; } = [];

    public List<PartnershipMention> PartnershipMentions { get; set; } = [];
}
