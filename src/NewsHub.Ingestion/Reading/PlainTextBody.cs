using System.Net;
using System.Text;

namespace NewsHub.Ingestion.Reading;

/// <summary>Reads a plain text body: paragraphs by line breaks and indents, shown as escaped <c>&lt;p&gt;</c> elements.</summary>
public static class PlainTextBody
{
    /// <summary>Reads <paramref name="text"/>.</summary>
    public static BodyContent Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = Boilerplate.Filter(text);
        return new BodyContent(paragraphs, ToHtml(paragraphs));
    }

    /// <summary>Reads text that a segmenter split into words with spaces, joined back into normal text first.</summary>
    public static BodyContent ReadSegmented(string text) => Read(SegmentedText.Join(text));

    private static string ToHtml(IEnumerable<string> paragraphs)
    {
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }

        return html.ToString();
    }
}
