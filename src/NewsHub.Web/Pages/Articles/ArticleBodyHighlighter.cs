using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsHub.Web.Pages.Articles;

/// <summary>A stretch of the clean text to mark in the article body.</summary>
/// <param name="Start">Offset in <c>Article.CleanText</c>.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="CssClass">The class of the <c>&lt;mark&gt;</c>.</param>
/// <param name="Title">A tooltip (the group a name folds into), or null.</param>
public sealed record BodyMark(int Start, int Length, string CssClass, string? Title);

/// <summary>An empty element with an id, placed before a character of the clean text, for links into the body.</summary>
public sealed record BodyAnchor(int Start, string Id);

/// <summary>
/// Marks company names (and anchors evidence sentences) in an article's sanitised HTML without
/// breaking it. Mentions are offsets into the clean text, which the reader derived from that HTML
/// with white space collapsed and boilerplate left out; so the text nodes of the HTML are lined up
/// with the clean text on their visible characters, and only text nodes that line up get marks.
/// Marks are made as DOM elements around text nodes, so the text stays text and is escaped when the
/// tree is written back out: nothing here can turn article text into markup.
/// </summary>
public static class ArticleBodyHighlighter
{
    // A short text node ("，", "华为") could line up far ahead by chance and make the nodes between
    // unusable; it must line up near where the previous one ended.
    private const int ShortNodeLength = 6;
    private const int ShortNodeWindow = 400;

    private static readonly HtmlParser Parser = new();

    /// <summary>The body with marks and anchors added; the input unchanged when there is nothing to add.</summary>
    public static string Highlight(string sanitizedHtml, string cleanText, IReadOnlyCollection<BodyMark> marks, IReadOnlyCollection<BodyAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(sanitizedHtml);
        ArgumentNullException.ThrowIfNull(cleanText);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(anchors);
        if (marks.Count == 0 && anchors.Count == 0)
        {
            return sanitizedHtml;
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = sanitizedHtml;

        var (cleanVisible, cleanOffsets) = Visible(cleanText);
        var cursor = 0;
        foreach (var node in TextNodes(body))
        {
            var (nodeVisible, nodeOffsets) = Visible(node.Data);
            if (nodeVisible.Length == 0)
            {
                continue;
            }

            var at = cleanVisible.IndexOf(nodeVisible, cursor, StringComparison.Ordinal);
            if (at < 0 || (nodeVisible.Length < ShortNodeLength && at - cursor > ShortNodeWindow))
            {
                continue;
            }

            cursor = at + nodeVisible.Length;

            // Clean-text offset -> offset in this node's data, for the visible characters that lined up.
            var toNode = new Dictionary<int, int>(nodeVisible.Length);
            for (var k = 0; k < nodeVisible.Length; k++)
            {
                toNode[cleanOffsets[at + k]] = nodeOffsets[k];
            }

            Decorate(document, node, toNode, marks, anchors);
        }

        return body.InnerHtml;
    }

    private static void Decorate(IDocument document, IText node, Dictionary<int, int> toNode, IReadOnlyCollection<BodyMark> marks, IReadOnlyCollection<BodyAnchor> anchors)
    {
        var cuts = new List<(int Start, int End, BodyMark? Mark, BodyAnchor? Anchor)>();
        foreach (var mark in marks)
        {
            if (mark.Length > 0 && toNode.TryGetValue(mark.Start, out var first) && toNode.TryGetValue(mark.Start + mark.Length - 1, out var last)
                && cuts.TrueForAll(c => c.Mark is null || last < c.Start || first >= c.End))
            {
                cuts.Add((first, last + 1, mark, null));
            }
        }

        foreach (var anchor in anchors)
        {
            if (toNode.TryGetValue(anchor.Start, out var at) && cuts.TrueForAll(c => c.Mark is null || at <= c.Start || at >= c.End))
            {
                cuts.Add((at, at, null, anchor));
            }
        }

        if (cuts.Count == 0)
        {
            return;
        }

        // Anchors before marks at the same place, so a link to a sentence lands before its first name.
        cuts.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : (x.Anchor is null).CompareTo(y.Anchor is null));
        var text = node.Data;
        var parent = node.Parent!;
        var position = 0;
        foreach (var (start, end, mark, anchor) in cuts)
        {
            if (start > position)
            {
                parent.InsertBefore(document.CreateTextNode(text[position..start]), node);
            }

            var element = document.CreateElement(mark is null ? "span" : "mark");
            if (mark is not null)
            {
                element.ClassName = mark.CssClass;
                if (mark.Title is not null)
                {
                    element.SetAttribute("title", mark.Title);
                }

                element.TextContent = text[start..end];
            }
            else
            {
                element.Id = anchor!.Id;
                element.ClassName = "evidence-anchor";
            }

            parent.InsertBefore(element, node);
            position = end;
        }

        if (position < text.Length)
        {
            parent.InsertBefore(document.CreateTextNode(text[position..]), node);
        }

        parent.RemoveChild(node);
    }

    private static List<IText> TextNodes(INode root)
    {
        var nodes = new List<IText>();
        Collect(root, nodes);
        return nodes;

        static void Collect(INode node, List<IText> into)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        into.Add(text);
                        break;
                    case IElement { LocalName: "script" or "style" or "template" }:
                        break;
                    default:
                        Collect(child, into);
                        break;
                }
            }
        }
    }

    /// <summary>The characters that carry text (no white space, no zero-width marks), and where each stands in <paramref name="text"/>.</summary>
    private static (string Visible, int[] Offsets) Visible(string text)
    {
        var visible = new System.Text.StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            visible.Append(c);
            offsets.Add(i);
        }

        return (visible.ToString(), [.. offsets]);
    }
}
