using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// Reads a Markdown body (Markdig): rendered to HTML without its images, then read as HTML. Images go
/// because exported Markdown points them at hot-link-protected hosts and they carry no text. A line
/// break is kept as a break: Markdown exported from web pages writes one line per line of the page,
/// and Chinese text has no spaces for a soft break to stand for.
/// </summary>
public static class MarkdownBody
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseCjkFriendlyEmphasis()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    /// <summary>Reads <paramref name="markdown"/>.</summary>
    public static BodyContent Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage).ToList())
        {
            image.Remove();
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return HtmlBody.Read(writer.ToString());
    }
}
