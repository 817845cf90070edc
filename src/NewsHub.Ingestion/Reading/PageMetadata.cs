using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsHub.Ingestion.Reading;

/// <summary>What a web page says about itself in its markup, read before its text is extracted.</summary>
/// <param name="Title">From <c>og:title</c>, the page's one <c>&lt;h1&gt;</c>, or <c>&lt;title&gt;</c>, with the site name trimmed.</param>
/// <param name="PublishedAt">From <c>article:published_time</c> (or a meta tag like it), JSON-LD <c>datePublished</c>, or the first <c>&lt;time&gt;</c>.</param>
/// <param name="Author">From <c>&lt;meta name="author"&gt;</c> or JSON-LD <c>author</c>.</param>
/// <param name="SiteName">From <c>og:site_name</c>.</param>
/// <param name="CanonicalUrl">From <c>&lt;link rel="canonical"&gt;</c> or <c>og:url</c>.</param>
public sealed record PageMetadata(string? Title, DateTimeOffset? PublishedAt, string? Author, string? SiteName, string? CanonicalUrl)
{
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:article:published_time", "pubdate", "publishdate", "publish_date", "publication_date",
        "datepublished", "date", "dc.date", "dc.date.issued", "sailthru.date",
    ];

    /// <summary>Reads the metadata of <paramref name="document"/>, which it leaves unchanged.</summary>
    public static PageMetadata Of(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var siteName = Meta(document, "og:site_name");
        var jsonLd = JsonLdArticles(document).ToList();
        return new PageMetadata(
            Title: TitleOf(document, siteName),
            PublishedAt: PublishedMetaNames.Select(name => PublicationDate.Parse(Meta(document, name))).FirstOrDefault(date => date is not null)
                ?? jsonLd.Select(article => PublicationDate.Parse(Text(article, "datePublished"))).FirstOrDefault(date => date is not null)
                ?? TimeElement(document),
            Author: Meta(document, "author") ?? jsonLd.Select(AuthorName).FirstOrDefault(name => name is not null),
            SiteName: siteName,
            CanonicalUrl: document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url"));
    }

    private static string? TitleOf(IHtmlDocument document, string? siteName)
    {
        var headings = document.QuerySelectorAll("h1");
        var candidates = new[]
        {
            Meta(document, "og:title"),
            headings.Length == 1 ? headings[0].TextContent : null, // several <h1>: the site's logo is one of them
            document.Title,
        };
        return candidates.Select(title => PageTitle.WithoutSiteName(title, siteName)).FirstOrDefault(title => title is not null);
    }

    /// <summary>The <c>content</c> of a meta tag by <c>property</c>, <c>name</c> or <c>itemprop</c>, case-insensitively.</summary>
    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.Head?.QuerySelectorAll("meta") ?? document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
            {
                return content.Trim();
            }
        }

        return null;
    }

    private static DateTimeOffset? TimeElement(IHtmlDocument document)
    {
        var time = document.Body?.QuerySelector("time");
        return time is null ? null : PublicationDate.Parse(time.GetAttribute("datetime")) ?? PublicationLine.Find(time.TextContent);
    }

    /// <summary>The JSON-LD objects that describe a piece of writing (NewsArticle, Article, BlogPosting …), also inside <c>@graph</c>.</summary>
    private static IEnumerable<JsonElement> JsonLdArticles(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                root = json.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue; // Broken JSON-LD is common and says nothing the rest of the page cannot.
            }

            foreach (var item in Flatten(root).Where(item => item.TryGetProperty("datePublished", out _) || item.TryGetProperty("headline", out _)))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Flatten),
        JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) => Flatten(graph),
        JsonValueKind.Object => [element],
        _ => [],
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? AuthorName(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author))
        {
            return null;
        }

        var first = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().FirstOrDefault() : author;
        return first.ValueKind switch
        {
            JsonValueKind.String => first.GetString(),
            JsonValueKind.Object => Text(first, "name"),
            _ => null,
        };
    }
}
