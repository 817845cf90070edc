using System.Text;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Feeds;

/// <summary>One item of a feed as the feed gives it, whatever its format.</summary>
/// <param name="ItemId">RSS <c>guid</c>, Atom <c>id</c>, JSON Feed <c>id</c>; null when the item has none.</param>
/// <param name="Link">The item's web page.</param>
/// <param name="Title">The item's title as text.</param>
/// <param name="PublishedAt">When it was published, else last updated.</param>
/// <param name="Author">The item's author, if named.</param>
/// <param name="ContentHtml">The full text (<c>content:encoded</c>, Atom <c>content</c>, JSON Feed <c>content_html</c>/<c>content_text</c>).</param>
/// <param name="SummaryHtml">The summary (RSS <c>description</c>, Atom <c>summary</c>, JSON Feed <c>summary</c>).</param>
public sealed record FeedEntry(
    string? ItemId,
    string? Link,
    string? Title,
    DateTimeOffset? PublishedAt,
    string? Author,
    string? ContentHtml,
    string? SummaryHtml)
{
    /// <summary>The item's identity within its feed: its guid, else its link; null when it has neither.</summary>
    public string? Identity => !string.IsNullOrWhiteSpace(ItemId) ? ItemId.Trim() : !string.IsNullOrWhiteSpace(Link) ? Link.Trim() : null;

    /// <summary>Whether the item carries its full text, so that its page need not be fetched.</summary>
    public bool HasFullText => !string.IsNullOrWhiteSpace(ContentHtml);

    /// <summary>How the item is named in messages: its identity, with its title when it has one.</summary>
    public string Describe() => Title is { Length: > 0 } title ? $"item \"{Identity ?? "(no guid or link)"}\" ({title})" : $"item \"{Identity ?? "(no guid or link)"}\"";

    /// <summary>
    /// SHA-256 of the item as the feed gives it. It changes when the feed edits the item, and only then: a
    /// summary-only item's page is not part of it, so an unchanged item costs no page request.
    /// </summary>
    public string ContentHash()
    {
        // Fields separated by a character none of them can hold, so that moving text from one field to the next changes the hash.
        var canonical = string.Join('\u001f', Identity, Link, Title, PublishedAt?.ToUniversalTime().ToString("O"), Author, ContentHtml, SummaryHtml);
        return ArticleFile.HashOf(Encoding.UTF8.GetBytes(canonical));
    }
}
