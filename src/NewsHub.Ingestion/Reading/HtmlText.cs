using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsHub.Ingestion.Reading;

/// <summary>A run of text that HTML lays out as a block of its own (a paragraph, a list item, a heading).</summary>
/// <param name="Text">The text as laid out, white space not yet normalised.</param>
/// <param name="LinkTextLength">How much of it is the text of links.</param>
/// <param name="FirstText">Where the block's visible text starts in the document, when it came from one.</param>
/// <param name="LastText">Where the block's text ends in the document, when it came from one.</param>
internal readonly record struct TextBlock(string Text, int LinkTextLength, INode? FirstText = null, INode? LastText = null)
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

    /// <summary>
    /// Removes from the body whatever follows <paramref name="node"/> in document order, and the node too when
    /// <paramref name="includingNode"/>: the article has ended there, and what follows is the page around it
    /// (recommended reading, QR codes, comment boxes). Elements left empty by the cut go with it.
    /// </summary>
    public static void RemoveFrom(INode node, bool includingNode)
    {
        for (var current = node; current.Parent is { } parent && current is not IHtmlBodyElement; current = parent)
        {
            while (current.NextSibling is { } following)
            {
                parent.RemoveChild(following);
            }
        }

        if (!includingNode)
        {
            return;
        }

        var emptied = node;
        while (emptied.Parent is { } parent && emptied is not IHtmlBodyElement)
        {
            parent.RemoveChild(emptied);
            if (parent is IHtmlBodyElement || !IsBlank(parent))
            {
                break;
            }

            emptied = parent;
        }
    }

    /// <summary>Nothing left to see: no text but white space, and no element (an image, a rule) that shows without text.</summary>
    private static bool IsBlank(INode node) =>
        node.ChildNodes.All(child => child is IText text && string.IsNullOrWhiteSpace(text.Data));

    private static int CountVisible(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private sealed class Walker
    {
        private readonly StringBuilder text = new();
        private int linkLength;
        private INode? firstText;
        private INode? lastText;

        public List<TextBlock> Result { get; } = [];

        public void Visit(INode node, bool insideLink)
        {
            switch (node)
            {
                case IText textNode:
                    AppendText(textNode, insideLink);
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
                    Result.Add(new TextBlock(block, linkLength, firstText, lastText));
                }
            }

            text.Clear();
            linkLength = 0;
            firstText = null;
            lastText = null;
        }

        private void AppendText(IText node, bool insideLink)
        {
            var data = node.Data;
            if (!string.IsNullOrWhiteSpace(data))
            {
                firstText ??= node;
                lastText = node;
            }

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
