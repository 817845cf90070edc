using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Feeds;

/// <summary>
/// Reads one feed item into an article: from the full text the item carries, else from the page it links to
/// (main text by Readability, encoding from the HTTP header, the page's meta charset, else detection).
/// </summary>
internal sealed class FeedItemReader(WebResourceClient web, FeedFetchOptions options)
{
    /// <summary>Prefix of the <see cref="ArticleDocument.SourcePath"/> of a feed item; a file path never starts with it.</summary>
    public const string SourcePathPrefix = "feed-item:";

    /// <summary>Reads <paramref name="entry"/>, whose identity is known to be present and unique in its feed.</summary>
    public async Task<FeedItemResult> ReadAsync(FeedEntry entry, string? feedTitle, string feedEncoding, FeedRequest request, PollBudget budget, CancellationToken cancellationToken)
    {
        var identity = entry.Identity!;
        var link = WebLink(entry.Link);
        var hash = entry.ContentHash();
        if (request.KnownItems is { } known && known.TryGetValue(identity, out var knownHash) && string.Equals(knownHash, hash, StringComparison.Ordinal))
        {
            return new FeedItemResult(identity, link?.AbsoluteUri, null, null);
        }

        if (entry.HasFullText || link is null)
        {
            // Without a link, a summary is all there is of the item.
            var html = entry.ContentHtml ?? entry.SummaryHtml;
            if (string.IsNullOrWhiteSpace(html))
            {
                return Failed(entry, link, "it has neither text nor a link to a page that has");
            }

            return new FeedItemResult(identity, link?.AbsoluteUri, FromContent(entry, html, hash, feedTitle, feedEncoding, link), null);
        }

        if (!budget.TryTakePageFetch())
        {
            return Failed(entry, link, $"its page is left for a later poll: this poll fetched its limit of {options.MaxPageFetchesPerPoll} pages ({FeedFetchOptions.SectionName}:{nameof(FeedFetchOptions.MaxPageFetchesPerPoll)})");
        }

        try
        {
            budget.CountRequest();
            var page = await web.GetAsync(link, etag: null, lastModified: null, cancellationToken).ConfigureAwait(false);
            var decoded = WebText.Decode(page.Address.AbsoluteUri, page.Body, page.Charset);
            var document = FromPage(entry, HtmlPage.Read(decoded.Text, page.Address), hash, feedTitle, decoded.EncodingName, link);
            return document.CleanText.Length == 0
                ? Failed(entry, link, $"the linked page {link} has no text")
                : new FeedItemResult(identity, link.AbsoluteUri, document, null);
        }
        catch (FeedFetchException ex)
        {
            return Failed(entry, link, $"the linked page {link} could not be fetched: {ex.Reason}");
        }
        catch (ArticleReadException ex)
        {
            return Failed(entry, link, $"the linked page {link} could not be read: {ex.Reason}");
        }
    }

    /// <summary>The result for an item that cannot be read, with a reason that names it.</summary>
    public static FeedItemResult Failed(FeedEntry entry, Uri? link, string reason) =>
        new(entry.Identity ?? "", link?.AbsoluteUri ?? entry.Link, null, $"{entry.Describe()}: {reason}");

    private static ArticleDocument FromContent(FeedEntry entry, string html, string hash, string? feedTitle, string feedEncoding, Uri? link)
    {
        var body = HtmlBody.Read(html);
        var paragraphs = ArticleTitle.WithoutHeadline(body.Paragraphs, entry.Title);
        return Document(entry, hash, ArticleFormat.FeedEntry, feedEncoding, entry.Title, entry.PublishedAt, entry.Author, feedTitle, link, paragraphs, body.SanitizedHtml, feedTitle);
    }

    private static ArticleDocument FromPage(FeedEntry entry, PageContent page, string hash, string? feedTitle, string encoding, Uri link)
    {
        var paragraphs = ArticleTitle.WithoutHeadline(page.Body.Paragraphs, entry.Title ?? page.Title);
        return Document(
            entry, hash, ArticleFormat.HtmlPage, encoding,
            title: entry.Title ?? page.Title,
            published: entry.PublishedAt ?? page.PublishedAt,
            author: entry.Author ?? page.Metadata.Author,
            outlet: page.Metadata.SiteName ?? feedTitle,
            link, paragraphs, page.Body.SanitizedHtml, feedTitle);
    }

    private static ArticleDocument Document(
        FeedEntry entry, string hash, ArticleFormat format, string encoding, string? title, DateTimeOffset? published, string? author, string? outlet,
        Uri? link, IReadOnlyList<string> paragraphs, string sanitizedHtml, string? feedTitle)
    {
        var identity = entry.Identity!;
        return new ArticleDocument(
            SourcePath: SourcePathPrefix + identity,
            ContentHash: hash,
            Format: format,
            Encoding: encoding,
            Title: title ?? ArticleTitle.FromText(paragraphs, identity),
            PublishedAt: published,
            Author: author,
            Outlet: outlet,
            SourceUrl: link?.AbsoluteUri,
            CleanText: string.Join('\n', paragraphs),
            SanitizedHtml: sanitizedHtml,
            Metadata: new Dictionary<string, object?>
            {
                ["feed"] = feedTitle,
                ["guid"] = entry.ItemId,
                ["link"] = entry.Link,
            });
    }

    private static Uri? WebLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
