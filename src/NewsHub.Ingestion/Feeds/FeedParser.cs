namespace NewsHub.Ingestion.Feeds;

/// <summary>
/// Parses a feed's text, telling the format from the content: JSON Feed when it is a JSON object, else
/// RSS 2.0 or Atom 1.0 read as XML.
/// </summary>
public static class FeedParser
{
    /// <summary>Parses <paramref name="text"/>, the decoded feed from <paramref name="locator"/>.</summary>
    /// <exception cref="FeedFetchException">The text is malformed, or not a feed at all.</exception>
    public static ParsedFeed Parse(string locator, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart();
        return start switch
        {
            ['{', ..] => JsonFeedParser.Parse(locator, text),
            ['<', ..] => SyndicationFeedParser.Parse(locator, text),
            _ => throw new FeedFetchException(locator, FeedFailure.NotAFeed, "the content is neither XML (RSS, Atom) nor JSON (JSON Feed)"),
        };
    }
}
