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
        var html = new HtmlContentBuilder();
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
                html.Append(part.Text);
            }
            else
            {
                html.AppendHtml($"<mark class=\"{cssClass}\">").Append(part.Text).AppendHtml("</mark>");
            }
        }

        return html;
    }
}
