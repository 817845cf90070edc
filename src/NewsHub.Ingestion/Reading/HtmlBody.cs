using AngleSharp.Html.Parser;

namespace NewsHub.Ingestion.Reading;

/// <summary>What a body reader makes of an article body: clean paragraphs and HTML safe to display.</summary>
/// <param name="Paragraphs">Article text, one paragraph each, boilerplate removed.</param>
/// <param name="SanitizedHtml">The body as HTML, sanitised.</param>
public sealed record BodyContent(IReadOnlyList<string> Paragraphs, string SanitizedHtml);

/// <summary>Reads an HTML body (AngleSharp): text laid out in paragraphs, plus the sanitised HTML without the site's menus.</summary>
public static class HtmlBody
{
    /// <summary>Reads <paramref name="html"/>, a fragment or a whole document.</summary>
    public static BodyContent Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        // A parser per call: AngleSharp's parser keeps state while it works, and bodies are read in parallel.
        var document = new HtmlParser().ParseDocument(html);
        if (document.Body is not { } body)
        {
            return new BodyContent([], "");
        }

        var paragraphs = Boilerplate.Filter(HtmlText.BlocksOf(body), out var end);
        CutAtEnd(end);
        HtmlText.RemoveNavigation(body);
        return new BodyContent(paragraphs, DisplayHtml.Sanitize(document));
    }

    /// <summary>Shows no more of the page than its text keeps: the end marker goes, and all that follows it.</summary>
    private static void CutAtEnd(ArticleEnd? end)
    {
        switch (end)
        {
            case { MarkerStartsBlock: true, Block.FirstText: { } marker }:
                HtmlText.RemoveFrom(marker, includingNode: true);
                break;
            case { Block.LastText: { } last }:
                HtmlText.RemoveFrom(last, includingNode: false);
                break;
        }
    }
}
