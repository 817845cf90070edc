using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NewsHub.Web.Timelines;

/// <summary>
/// Writes highlighted text as HTML: every part's text is encoded, and the only markup is the
/// <c>&lt;mark&gt;</c> around a highlight. Built in one piece so no white space creeps in between
/// the parts, which a Razor template would add at every line break.
/// </summary>
public static class HighlightHtml
{
    public static IHtmlContent Render(IEnumerable<TextPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new WrittenHtml((writer, encoder) => Write(writer, encoder, parts));
    }

    /// <summary>Writes the parts to <paramref name="writer"/>, each encoded.</summary>
    public static void Write(TextWriter writer, HtmlEncoder encoder, IEnumerable<TextPart> parts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(parts);
        foreach (var part in parts)
        {
            var cssClass = part.Kind switch
            {
                HighlightKind.Company => "hl-company",
                HighlightKind.Trigger => "hl-trigger",
                _ => null,
            };
            if (cssClass is null)
            {
                encoder.Encode(writer, part.Text);
            }
            else
            {
                writer.Write("<mark class=\"");
                writer.Write(cssClass);
                writer.Write("\">");
                encoder.Encode(writer, part.Text);
                writer.Write("</mark>");
            }
        }
    }
}
