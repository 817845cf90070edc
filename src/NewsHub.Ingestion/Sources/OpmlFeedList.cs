using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace NewsHub.Ingestion.Sources;

/// <summary>A feed as an OPML outline names it.</summary>
/// <param name="Title">The outline's <c>title</c>, else its <c>text</c>; null when it has neither.</param>
/// <param name="Address">Its <c>xmlUrl</c>.</param>
public sealed record OpmlFeed(string? Title, string Address);

/// <summary>
/// Feed lists in OPML 2.0, the form feed readers import and export subscriptions in: every outline with an
/// <c>xmlUrl</c> is a feed, at any depth (readers nest them in folders).
/// </summary>
public static class OpmlFeedList
{
    /// <summary>The largest OPML file read: a list of thousands of feeds is far smaller.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Reads the feeds of an OPML document.</summary>
    /// <exception cref="FormatException">The document is not OPML (or not XML); the message says why.</exception>
    public static IReadOnlyList<OpmlFeed> Read(Stream opml)
    {
        ArgumentNullException.ThrowIfNull(opml);
        XDocument document;
        try
        {
            // No DTDs: an uploaded file must not make the server fetch or expand entities.
            using var reader = XmlReader.Create(opml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxBytes });
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"The file is not well-formed XML: {ex.Message}", ex);
        }

        if (document.Root is not { Name.LocalName: "opml" } root || root.Element("body") is not { } body)
        {
            throw new FormatException("The file is XML but not OPML: it has no <opml> root with a <body>.");
        }

        return [.. body.Descendants("outline")
            .Select(o => (Outline: o, Address: ((string?)o.Attribute("xmlUrl"))?.Trim()))
            .Where(o => !string.IsNullOrEmpty(o.Address))
            .Select(o => new OpmlFeed(NonBlank((string?)o.Outline.Attribute("title")) ?? NonBlank((string?)o.Outline.Attribute("text")), o.Address!))];
    }

    /// <summary>Writes an OPML 2.0 document listing <paramref name="feeds"/> (name and address each).</summary>
    public static string Write(IEnumerable<(string Name, string Address)> feeds, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("opml",
                new XAttribute("version", "2.0"),
                new XElement("head",
                    new XElement("title", "NewsHub feeds"),
                    new XElement("dateCreated", created.ToString("r", CultureInfo.InvariantCulture))),
                new XElement("body", feeds.Select(f => new XElement("outline",
                    new XAttribute("type", "rss"),
                    new XAttribute("text", f.Name),
                    new XAttribute("title", f.Name),
                    new XAttribute("xmlUrl", f.Address))))));
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return writer.ToString();
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Says utf-8 in the declaration; a plain StringWriter says utf-16.</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
