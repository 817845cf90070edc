using System.Net;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Feeds;

/// <summary>
/// Parses RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication. Its own date parsing refuses the
/// dates many Chinese feeds write (<c>2025-02-11 15:10:45</c>), so dates go through <see cref="PublicationDate"/>,
/// and a date nobody can read leaves the item without one instead of failing the feed.
/// </summary>
public static partial class SyndicationFeedParser
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        // Some old feeds still carry a DOCTYPE; it is skipped, and no entity or DTD is ever fetched (no XXE).
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Parses <paramref name="xml"/>.</summary>
    /// <exception cref="FeedFetchException">The XML is malformed, or is neither RSS 2.0 nor Atom 1.0.</exception>
    public static ParsedFeed Parse(string locator, string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), ReaderSettings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName switch
            {
                "rss" => new Rss20FeedFormatter { DateTimeParser = ParseDate },
                "feed" => new Atom10FeedFormatter { DateTimeParser = ParseDate },
                "html" => throw new FeedFetchException(locator, FeedFailure.NotAFeed, "the address gives an HTML page, not a feed"),
                "RDF" => throw new FeedFetchException(locator, FeedFailure.NotAFeed, "RSS 1.0 (RDF) is not read; RSS 2.0, Atom 1.0 and JSON Feed are"),
                var other => throw new FeedFetchException(locator, FeedFailure.NotAFeed, $"the XML's root element is <{other}>, not <rss> (RSS 2.0) or <feed> (Atom 1.0)"),
            };

            if (!formatter.CanRead(reader))
            {
                throw new FeedFetchException(locator, FeedFailure.NotAFeed,
                    $"the <{reader.LocalName}> element is not in the RSS 2.0 or Atom 1.0 namespace (found \"{reader.NamespaceURI}\")");
            }

            formatter.ReadFrom(reader);
            var isAtom = formatter is Atom10FeedFormatter;
            return new ParsedFeed(TextOf(formatter.Feed.Title), [.. formatter.Feed.Items.Select(item => Entry(item, isAtom))]);
        }
        catch (XmlException ex)
        {
            throw new FeedFetchException(locator, FeedFailure.Malformed, $"the XML is malformed (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}", ex);
        }
    }

    private static FeedEntry Entry(SyndicationItem item, bool isAtom)
    {
        var published = Known(item.PublishDate) ?? Known(item.LastUpdatedTime);
        var encoded = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModule).FirstOrDefault();
        var creator = item.ElementExtensions.ReadElementExtensions<string>("creator", DublinCore).FirstOrDefault();
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        return new FeedEntry(
            ItemId: item.Id,
            Link: link?.GetAbsoluteUri()?.AbsoluteUri,
            Title: TextOf(item.Title),
            PublishedAt: published,
            Author: creator ?? item.Authors.Select(person => person.Name ?? person.Email).FirstOrDefault(name => !string.IsNullOrWhiteSpace(name)),
            ContentHtml: encoded ?? (item.Content is TextSyndicationContent content ? AsHtml(content, isAtom) : null),
            // RSS says nothing of the description's type and everyone writes HTML into it; Atom says, in type="…".
            SummaryHtml: item.Summary is { } summary ? AsHtml(summary, isAtom) : null);
    }

    private static string? AsHtml(TextSyndicationContent content, bool typed) =>
        string.IsNullOrWhiteSpace(content.Text) ? null
        : typed && content.Type == "text" ? WebUtility.HtmlEncode(content.Text)
        : content.Text;

    /// <summary>A title as plain text: Atom titles may be HTML.</summary>
    private static string? TextOf(TextSyndicationContent? content)
    {
        if (content is null || string.IsNullOrWhiteSpace(content.Text))
        {
            return null;
        }

        var text = content.Type is "html" or "xhtml" ? WebUtility.HtmlDecode(Tag().Replace(content.Text, "")) : content.Text;
        return WhiteSpace().Replace(text, " ").Trim();
    }

    private static DateTimeOffset? Known(DateTimeOffset value) => value == default || value == DateTimeOffset.MinValue ? null : value;

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        value = PublicationDate.Parse(data.DateTimeString) ?? DateTimeOffset.MinValue;
        return true;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
