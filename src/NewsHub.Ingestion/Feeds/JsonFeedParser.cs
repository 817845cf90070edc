using System.Text.Json;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Feeds;

/// <summary>
/// Parses JSON Feed 1.0 and 1.1 (jsonfeed.org) with System.Text.Json. The format is a handful of
/// properties, so it is read from the document tree: leniently, as feeds in the wild write ids as numbers
/// and leave out what they please.
/// </summary>
public static class JsonFeedParser
{
    private const string VersionPrefix = "https://jsonfeed.org/version/";

    /// <summary>Parses <paramref name="json"/>.</summary>
    /// <exception cref="FeedFetchException">The JSON is malformed or is not a JSON Feed.</exception>
    public static ParsedFeed Parse(string locator, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new FeedFetchException(locator, FeedFailure.Malformed, $"the JSON is malformed (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, "version") is not { } version
                || !version.StartsWith(VersionPrefix, StringComparison.OrdinalIgnoreCase))
            {
                throw new FeedFetchException(locator, FeedFailure.NotAFeed, $"the JSON has no \"version\" starting with {VersionPrefix}, so it is not a JSON Feed");
            }

            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new FeedFetchException(locator, FeedFailure.Malformed, "the JSON Feed has no \"items\" array");
            }

            return new ParsedFeed(Text(root, "title"), [.. items.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object).Select(Entry)]);
        }
    }

    private static FeedEntry Entry(JsonElement item)
    {
        var contentText = Text(item, "content_text");
        return new FeedEntry(
            ItemId: Text(item, "id"),
            Link: Text(item, "url") ?? Text(item, "external_url"),
            Title: Text(item, "title"),
            PublishedAt: PublicationDate.Parse(Text(item, "date_published")) ?? PublicationDate.Parse(Text(item, "date_modified")),
            Author: AuthorName(item),
            ContentHtml: Text(item, "content_html") ?? (contentText is null ? null : PlainTextAsHtml(contentText)),
            SummaryHtml: Text(item, "summary") is { } summary ? PlainTextAsHtml(summary) : null);
    }

    /// <summary>A string, or a number written as text (some feeds give ids as numbers); null otherwise.</summary>
    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>JSON Feed 1.1 has <c>authors</c>, 1.0 had <c>author</c>.</summary>
    private static string? AuthorName(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            return authors.EnumerateArray().Select(author => author.ValueKind == JsonValueKind.Object ? Text(author, "name") : null).FirstOrDefault(name => name is not null);
        }

        return item.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? Text(author, "name") : null;
    }

    /// <summary>Plain text as HTML paragraphs, so that it goes through the same reader and sanitiser as HTML content.</summary>
    private static string PlainTextAsHtml(string text) =>
        string.Concat(text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => $"<p>{System.Net.WebUtility.HtmlEncode(line)}</p>"));
}
