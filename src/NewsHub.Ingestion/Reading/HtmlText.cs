using System.Text;
using AngleSharp.Dom;

namespace NewsHub.Ingestion.Reading;

/// <summary>A run of text that HTML lays out as a block of its own (a paragraph, a list item, a heading).</summary>
/// <param name="Text">The text as laid out, white space not yet normalised.</param>
/// <param name="LinkTextLength">How much of it is the text of links.</param>
internal readonly record struct TextBlock(string Text, int LinkTextLength)
{
    /// <summary>The share of visible characters that belong to links: navigation is nearly all links.</summary>
    public double LinkDensity
    {
        get
        {
            var visible = Text.Count(c => !char.IsWhiteSpace(c));
            return visible == 0 ? 0 : Math.Min(1.0, LinkTextLength / (double)visible);
        }
    }
}

/// <summary>
/// Walks an HTML tree and lays its text out in blocks, the way a browser would break lines: block
/// elements and <c>&lt;br&gt;</c> end a block; scripts, styles, forms and site chrome give no text.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio",
        "form", "button", "input", "select", "option", "textarea", "nav", "footer", "aside", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "hr",
        "center", "address", "details", "summary", "body",
    };

    public static List<TextBlock> BlocksOf(INode root)
    {
        var walker = new Walker();
        walker.Visit(root, insideLink: false);
        walker.EndBlock();
        return walker.Result;
    }

    /// <summary>Removes the menus (see <see cref="IsNavigation"/>) from <paramref name="root"/>, so that the page shown does not repeat the site's chrome.</summary>
    public static void RemoveNavigation(IElement root)
    {
        foreach (var list in root.QuerySelectorAll("ul, ol, dl").Where(IsNavigation).ToList())
        {
            list.Remove();
        }
    }

    /// <summary>
    /// A list whose text is mostly links is a menu (site sections, share buttons, related links), even
    /// when single items carry a word of plain text such as a section name.
    /// </summary>
    private static bool IsNavigation(IElement list)
    {
        var visible = CountVisible(list.TextContent);
        var linked = list.QuerySelectorAll("a").Sum(link => CountVisible(link.TextContent));
        return visible > 0 && linked >= visible * Boilerplate.NavigationLinkDensity;
    }

    private static int CountVisible(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private sealed class Walker
    {
        private readonly StringBuilder text = new();
        private int linkLength;

        public List<TextBlock> Result { get; } = [];

        public void Visit(INode node, bool insideLink)
        {
            switch (node)
            {
                case IText textNode:
                    AppendText(textNode.Data, insideLink);
                    break;
                case IElement element when Silent.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    EndBlock();
                    break;
                case IElement { LocalName: "ul" or "ol" or "dl" } list when IsNavigation(list):
                    break;
                case IElement element:
                    var isBlock = Blocks.Contains(element.LocalName);
                    if (isBlock)
                    {
                        EndBlock();
                    }

                    var linked = insideLink || element.LocalName == "a";
                    foreach (var child in element.ChildNodes)
                    {
                        Visit(child, linked);
                    }

                    if (isBlock)
                    {
                        EndBlock();
                    }

                    break;
                default:
                    foreach (var child in node.ChildNodes)
                    {
                        Visit(child, insideLink);
                    }

                    break;
            }
        }

        public void EndBlock()
        {
            if (text.Length > 0)
            {
                var block = text.ToString();
                if (!string.IsNullOrWhiteSpace(block))
                {
                    Result.Add(new TextBlock(block, linkLength));
                }
            }

            text.Clear();
            linkLength = 0;
        }

        private void AppendText(string data, bool insideLink)
        {
            // Line breaks inside HTML text are ordinary white space; only elements break lines.
            foreach (var c in data)
            {
                text.Append(c is '\n' or '\r' ? ' ' : c);
                if (insideLink && !char.IsWhiteSpace(c))
                {
                    linkLength++;
                }
            }
        }
    }
}
