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
/// with white space collapsed and page furniture left out; so the text nodes of the HTML are lined
/// up with the clean text on their visible characters, and only text nodes that line up get marks.
/// Marks are made as DOM elements around text nodes, so the text stays text and is escaped when the
/// tree is written back out: nothing here can turn article text into markup.
/// </summary>
public static class ArticleBodyHighlighter
{
    // A short node ("华为", "，") occurs in many places; beyond this many it cannot be placed with any confidence.
    private const int MaxPlacesPerNode = 64;

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
        var nodes = TextNodes(body).Select(n => (Node: n, Text: Visible(n.Data))).Where(n => n.Text.Visible.Length > 0).ToList();
        var placed = Align(cleanVisible, nodes.Select(n => n.Text.Visible).ToList());
        for (var i = 0; i < nodes.Count; i++)
        {
            if (placed[i] is not { } at)
            {
                continue;
            }

            // Clean-text offset -> offset in this node's data, for the visible characters that lined up.
            var (visible, offsets) = nodes[i].Text;
            var toNode = new Dictionary<int, int>(visible.Length);
            for (var k = 0; k < visible.Length; k++)
            {
                toNode[cleanOffsets[at + k]] = offsets[k];
            }

            Decorate(document, nodes[i].Node, toNode, marks, anchors);
        }

        return body.InnerHtml;
    }

    /// <summary>
    /// Where each node's visible text stands in the clean text's, or null for a node left out of it.
    /// The nodes keep their order in the clean text, so among all the places each node's text occurs,
    /// the chain of increasing, non-overlapping places covering the most characters wins: menus, bylines
    /// and related-article lists that the reader dropped (or that repeat words of the article) cannot pull
    /// the article's own paragraphs out of line, as a greedy first match would.
    /// </summary>
    internal static int?[] Align(string clean, IReadOnlyList<string> nodes)
    {
        var candidates = new List<(int Node, int Start, int End)>();
        for (var n = 0; n < nodes.Count; n++)
        {
            var places = 0;
            for (var at = clean.IndexOf(nodes[n], StringComparison.Ordinal); at >= 0 && places < MaxPlacesPerNode;
                 at = clean.IndexOf(nodes[n], at + 1, StringComparison.Ordinal), places++)
            {
                candidates.Add((n, at, at + nodes[n].Length));
            }

            if (places == MaxPlacesPerNode)
            {
                candidates.RemoveAll(c => c.Node == n);
            }
        }

        // Weighted longest chain: best[c] = length of c + the best chain ending at or before c's start,
        // kept in a prefix-maximum tree over end positions. Candidates of one node are scored before any
        // of them is added, so a node is never chained after itself.
        var tree = new PrefixMax(clean.Length + 1);
        var best = new (int Score, int Previous)[candidates.Count];
        for (var i = 0; i < candidates.Count;)
        {
            var j = i;
            for (; j < candidates.Count && candidates[j].Node == candidates[i].Node; j++)
            {
                var (score, previous) = tree.Query(candidates[j].Start);
                best[j] = (score + (candidates[j].End - candidates[j].Start), previous);
            }

            for (var k = i; k < j; k++)
            {
                tree.Update(candidates[k].End, best[k].Score, k);
            }

            i = j;
        }

        var placed = new int?[nodes.Count];
        for (var c = tree.Query(clean.Length).Index; c >= 0; c = best[c].Previous)
        {
            placed[candidates[c].Node] = candidates[c].Start;
        }

        return placed;
    }

    private static void Decorate(IDocument document, IText node, Dictionary<int, int> toNode, IReadOnlyCollection<BodyMark> marks, IReadOnlyCollection<BodyAnchor> anchors)
    {
        var cuts = new List<(int Start, int End, BodyMark? Mark, BodyAnchor? Anchor)>();
        foreach (var mark in marks)
        {
            // The part of the name in this node: all of it, or one piece of a name split by markup
            // (<span>SK</span>创新), each piece marked where it stands.
            int? first = null, last = null;
            for (var offset = mark.Start; offset < mark.Start + mark.Length; offset++)
            {
                if (toNode.TryGetValue(offset, out var inNode))
                {
                    first ??= inNode;
                    last = inNode;
                }
            }

            if (first is { } from && last is { } to && cuts.TrueForAll(c => c.Mark is null || to < c.Start || from >= c.End))
            {
                cuts.Add((from, to + 1, mark, null));
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

    /// <summary>A Fenwick tree answering "the best score of a chain ending at or before position p".</summary>
    private sealed class PrefixMax(int size)
    {
        private readonly (int Score, int Index)[] tree = Enumerable.Repeat((0, -1), size + 1).ToArray();

        public (int Score, int Index) Query(int position)
        {
            var best = (Score: 0, Index: -1);
            for (var i = position + 1; i > 0; i -= i & -i)
            {
                if (tree[i].Score > best.Score)
                {
                    best = tree[i];
                }
            }

            return best;
        }

        public void Update(int position, int score, int index)
        {
            for (var i = position + 1; i < tree.Length; i += i & -i)
            {
                if (score > tree[i].Score)
                {
                    tree[i] = (score, index);
                }
            }
        }
    }
}
