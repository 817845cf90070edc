namespace NewsHub.Ingestion.Reading;

/// <summary>
/// An article as read from one file or one feed item: everything later steps (tagging, partnerships, storing) work from.
/// </summary>
/// <param name="SourcePath">Full path of the file it was read from; for a feed item <c>feed-item:</c> and the item's guid (else link).</param>
/// <param name="ContentHash">SHA-256 of the file's bytes (of a feed item: of the item as the feed gives it), lower-case hex.</param>
/// <param name="Format">The shape the article had where it was read.</param>
/// <param name="Encoding">The encoding the bytes were decoded with: utf-8, utf-8-bom or gb18030 (a fetched page: the one its charset named).</param>
/// <param name="Title">The front matter's, feed item's or page's title, else the first line when it reads as one, else the start of the first sentence.</param>
/// <param name="PublishedAt">Publication time with offset; null when the file gives none.</param>
/// <param name="Author">Front matter author, if any.</param>
/// <param name="Outlet">The publishing outlet, if known.</param>
/// <param name="SourceUrl">Link to the original, if any.</param>
/// <param name="CleanText">Plain text, paragraphs separated by '\n'; all character offsets point into it.</param>
/// <param name="SanitizedHtml">HTML safe to show as is.</param>
/// <param name="Metadata">Every front matter key as read, unknown keys included.</param>
public sealed record ArticleDocument(
    string SourcePath,
    string ContentHash,
    ArticleFormat Format,
    string Encoding,
    string Title,
    DateTimeOffset? PublishedAt,
    string? Author,
    string? Outlet,
    string? SourceUrl,
    string CleanText,
    string SanitizedHtml,
    IReadOnlyDictionary<string, object?> Metadata)
{
    /// <summary>The title as the text writes it: without the invisible characters some pages put in headlines.</summary>
    public string Headline => ArticleTitle.AsHeadline(Title);

    /// <summary>True when the page had no text of its own, so that its headline stands as its text.</summary>
    public bool TextIsHeadline => CleanText.Length > 0 && string.Equals(CleanText, Headline, StringComparison.Ordinal);
}
