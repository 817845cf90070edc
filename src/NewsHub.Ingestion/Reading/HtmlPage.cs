using AngleSharp.Html.Parser;

namespace NewsHub.Ingestion.Reading;

/// <summary>A web page as read: what its markup says about it, and its main text without the site around it.</summary>
/// <param name="Metadata">Title, publication time, author and site read from the markup.</param>
/// <param name="Title">The page's headline: <see cref="PageMetadata.Title"/>; null when the page names none.</param>
/// <param name="PublishedAt">The markup's publication time, else a dateline in the text; null when neither gives one.</param>
/// <param name="Body">The main text in paragraphs (the headline not repeated) and as sanitised HTML.</param>
public sealed record PageContent(PageMetadata Metadata, string? Title, DateTimeOffset? PublishedAt, BodyContent Body);

/// <summary>
/// Reads a whole web page, fetched or saved by a crawler: its main text found by SmartReader (a port of
/// Mozilla's Readability), which leaves the site's navigation, sidebars and footer behind, then laid out
/// and sanitised like every HTML body (<see cref="HtmlBody"/>).
/// </summary>
public static class HtmlPage
{
    /// <summary>
    /// Readability retries with looser rules while the text it found is shorter than this. Its default (500)
    /// counts Latin letters; a Chinese news item says as much in a third of the characters.
    /// </summary>
    private const int MinimumArticleCharacters = 200;

    /// <summary>Reads <paramref name="html"/>, a whole document or a page body with its chrome around it.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="address">Where the page came from, so that relative links resolve; null for a file.</param>
    public static PageContent Read(string html, Uri? address)
    {
        ArgumentNullException.ThrowIfNull(html);

        // A parser per call: AngleSharp's parser keeps state while it works, and pages are read in parallel.
        var document = new HtmlParser().ParseDocument(html);
        var metadata = PageMetadata.Of(document);

        // SmartReader rewrites the document it is given; the metadata above was read first for that reason.
        var reader = new SmartReader.Reader(address?.AbsoluteUri ?? "https://localhost/", document)
        {
            CharThreshold = MinimumArticleCharacters,
            ContinueIfNotReadable = true,
        };
        var article = reader.GetArticle();
        // IsReadable is Readability's guess, made before extracting, from paragraph lengths counted for Latin text;
        // short Chinese paragraphs fail it, and what was extracted is still the article. Only an empty result falls back.
        var body = string.IsNullOrWhiteSpace(article.TextContent) ? HtmlBody.Read(html) : HtmlBody.Read(article.Content);
        var paragraphs = ArticleTitle.WithoutHeadline(body.Paragraphs, metadata.Title);

        return new PageContent(
            metadata,
            metadata.Title,
            metadata.PublishedAt ?? PublicationLine.Find(string.Join('\n', paragraphs)) ?? DatelineAroundText(html),
            body with { Paragraphs = paragraphs });
    }

    /// <summary>Readability drops the line under the headline that holds the date with the byline; look for it in the whole page.</summary>
    private static DateTimeOffset? DatelineAroundText(string html)
    {
        var whole = HtmlBody.Read(html);
        return PublicationLine.Find(string.Join('\n', whole.Paragraphs));
    }
}
