namespace NewsHub.Domain;

/// <summary>The shape an article had where it was read: a file on disk, a feed entry or a fetched page. Stored by name.</summary>
public enum ArticleFormat
{
    FrontMatterHtml,
    FrontMatterMarkdown,
    PlainText,
    SpaceSegmentedText,

    /// <summary>A whole web page (saved by a crawler, or fetched for a feed item), read for its main text.</summary>
    HtmlPage,

    /// <summary>Markdown without front matter, its title in a <c># </c> heading.</summary>
    Markdown,

    /// <summary>A feed item that carries its full text (RSS <c>content:encoded</c>, Atom <c>content</c>, JSON Feed <c>content_html</c>).</summary>
    FeedEntry,
}
