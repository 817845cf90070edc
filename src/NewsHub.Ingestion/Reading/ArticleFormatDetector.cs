using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Reading;

/// <summary>The parts of a file as the detector found them.</summary>
/// <param name="Format">The reader that must handle it.</param>
/// <param name="FrontMatterYaml">The YAML between the <c>---</c> lines; null without front matter.</param>
/// <param name="FrontMatterFirstLine">The file line the YAML starts on (1-based).</param>
/// <param name="Body">Everything after the front matter (the whole text without one).</param>
public sealed record ArticleLayout(ArticleFormat Format, string? FrontMatterYaml, int FrontMatterFirstLine, string Body);

/// <summary>
/// Looks at a decoded file once and says which reader handles it: YAML front matter with an HTML or
/// a Markdown body; without front matter, a web page (a whole HTML document, or a page body with its
/// site's navigation around it), Markdown titled by a <c># </c> heading, plain text, or plain text
/// already split into words by spaces. The content decides, never the file's extension: crawlers save
/// pages as .txt or .md as readily as .html.
/// </summary>
public static partial class ArticleFormatDetector
{
    /// <summary>Detects the layout of <paramref name="text"/>, whose line endings are already <c>\n</c>.</summary>
    /// <exception cref="ArticleReadException">A front matter block is opened and never closed.</exception>
    public static ArticleLayout Detect(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');

        // Static site generators tolerate blank lines before the opening '---' (Hexo writes one).
        var open = 0;
        while (open < lines.Length && string.IsNullOrWhiteSpace(lines[open]))
        {
            open++;
        }

        if (open < lines.Length && IsFence(lines[open]))
        {
            var close = open + 1;
            while (close < lines.Length && !IsFence(lines[close]) && lines[close].TrimEnd() != "...")
            {
                close++;
            }

            if (close == lines.Length)
            {
                throw new ArticleReadException(path, ReadFailure.UnclosedFrontMatter,
                    $"the front matter opened with '---' on line {open + 1} is never closed by a second '---' line");
            }

            var yaml = string.Join('\n', lines[(open + 1)..close]);
            var body = string.Join('\n', lines[(close + 1)..]);
            var format = LooksLikeHtml(body) ? ArticleFormat.FrontMatterHtml : ArticleFormat.FrontMatterMarkdown;
            return new ArticleLayout(format, yaml, open + 2, body);
        }

        if (XmlRoot().Match(text) is { Success: true } xml)
        {
            var root = xml.Groups["root"].Value;
            if (root.Equals("html", StringComparison.OrdinalIgnoreCase))
            {
                return new ArticleLayout(ArticleFormat.HtmlPage, null, 0, text); // XHTML
            }

            var reason = root is "rss" or "feed" or "rdf:RDF"
                ? $"the file is a feed (<{root}>), not an article; add it as a feed source to read its items"
                : $"the file is an XML document (<{root}>), not an article";
            throw new ArticleReadException(path, ReadFailure.NotAnArticle, reason);
        }

        if (LooksLikeHtml(text))
        {
            return new ArticleLayout(ArticleFormat.HtmlPage, null, 0, text);
        }

        if (open < lines.Length && MarkdownTitle().IsMatch(lines[open]))
        {
            return new ArticleLayout(ArticleFormat.Markdown, null, 0, text);
        }

        var plain = SegmentedText.LooksSegmented(text) ? ArticleFormat.SpaceSegmentedText : ArticleFormat.PlainText;
        return new ArticleLayout(plain, null, 0, text);
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";

    /// <summary>
    /// An HTML body starts with a tag, or is mostly block-level tags. Markdown may hold some inline
    /// HTML too, so a few tags inside Markdown syntax do not make it HTML.
    /// </summary>
    private static bool LooksLikeHtml(string body)
    {
        var start = body.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return false;
        }

        if (LeadingTag().IsMatch(start))
        {
            return true;
        }

        var blockTags = BlockTag().Count(body);
        var markdownLines = MarkdownLine().Count(body);
        return blockTags >= 3 && blockTags > markdownLines;
    }

    /// <summary>The root element of an XML document: after the declaration, comments and a doctype, if any.</summary>
    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>(?:\s*<!--.*?-->|\s*<!DOCTYPE[^>]*>|\s*<\?[^>]*\?>)*\s*<(?<root>[A-Za-z][\w:.-]*)", RegexOptions.Singleline)]
    private static partial Regex XmlRoot();

    /// <summary>A Markdown level-one heading: <c>#</c>, a space, and text.</summary>
    [GeneratedRegex(@"^#[ \t]+\S")]
    private static partial Regex MarkdownTitle();

    [GeneratedRegex(@"^<(?:!--|!doctype|[a-z][a-z0-9]*[\s/>])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"</?(?:p|div|br|section|article|table|ul|ol|li|h[1-6]|blockquote|span|img)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"^(?:#{1,6}\s|[*+-]\s|\d+\.\s|>\s?|!\[|\[[^\]]*\]\()", RegexOptions.Multiline)]
    private static partial Regex MarkdownLine();
}
