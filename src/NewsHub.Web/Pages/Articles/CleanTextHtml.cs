using Microsoft.AspNetCore.Html;

namespace NewsHub.Web.Pages.Articles;

/// <summary>
/// An article's clean text as HTML paragraphs, with marks and anchors placed by exact offsets. All text
/// is encoded; the only markup is the paragraphs, marks and anchors made here.
/// </summary>
public static class CleanTextHtml
{
    public static IHtmlContent Render(string cleanText, IReadOnlyCollection<BodyMark> marks, IReadOnlyCollection<BodyAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(cleanText);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(anchors);

        var ordered = marks.Where(m => m.Length > 0 && m.Start >= 0 && m.Start + m.Length <= cleanText.Length).OrderBy(m => m.Start).ToList();
        var anchorsAt = anchors.GroupBy(a => a.Start).ToDictionary(g => g.Key, g => g.ToList());
        var html = new HtmlContentBuilder();
        var paragraphStart = 0;
        foreach (var paragraph in cleanText.Split('\n'))
        {
            var end = paragraphStart + paragraph.Length;
            if (paragraph.Length > 0)
            {
                html.AppendHtml("<p>");
                var position = paragraphStart;
                foreach (var mark in ordered.Where(m => m.Start >= paragraphStart && m.Start + m.Length <= end))
                {
                    if (mark.Start < position)
                    {
                        continue; // overlaps the previous mark
                    }

                    AppendText(html, cleanText, position, mark.Start, anchorsAt);
                    AppendAnchors(html, mark.Start, anchorsAt);
                    html.AppendHtml($"<mark class=\"{mark.CssClass}\"");
                    if (mark.Title is not null)
                    {
                        html.AppendHtml(" title=\"").Append(mark.Title).AppendHtml("\"");
                    }

                    html.AppendHtml(">").Append(cleanText[mark.Start..(mark.Start + mark.Length)]).AppendHtml("</mark>");
                    position = mark.Start + mark.Length;
                }

                AppendText(html, cleanText, position, end, anchorsAt);
                html.AppendHtml("</p>");
            }

            paragraphStart = end + 1;
        }

        return html;
    }

    private static void AppendText(HtmlContentBuilder html, string text, int from, int to, Dictionary<int, List<BodyAnchor>> anchorsAt)
    {
        var position = from;
        for (var i = from; i < to; i++)
        {
            if (anchorsAt.ContainsKey(i))
            {
                html.Append(text[position..i]);
                AppendAnchors(html, i, anchorsAt);
                position = i;
            }
        }

        html.Append(text[position..to]);
    }

    private static void AppendAnchors(HtmlContentBuilder html, int at, Dictionary<int, List<BodyAnchor>> anchorsAt)
    {
        if (anchorsAt.Remove(at, out var here))
        {
            foreach (var anchor in here)
            {
                html.AppendHtml("<span class=\"evidence-anchor\" id=\"").Append(anchor.Id).AppendHtml("\"></span>");
            }
        }
    }
}
