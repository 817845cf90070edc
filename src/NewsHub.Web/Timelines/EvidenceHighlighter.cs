namespace NewsHub.Web.Timelines;

/// <summary>
/// Splits an evidence sentence into plain and highlighted parts (company names, trigger word), from
/// offsets that point into the article's clean text. The parts are text: the page escapes each one and
/// wraps the highlighted ones in <c>&lt;mark&gt;</c>, so evidence is never written as markup.
/// </summary>
public static class EvidenceHighlighter
{
    /// <summary>
    /// The parts of <paramref name="evidence"/>, which starts at <paramref name="evidenceStart"/> in the clean
    /// text. A span whose offset does not point at its text (an article re-read since, say) is looked for in
    /// the sentence instead; one that is not there, or overlaps one already placed, is left out.
    /// </summary>
    public static IReadOnlyList<TextPart> Highlight(string evidence, int evidenceStart, IEnumerable<HighlightSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(spans);

        var placed = new List<(int Start, int End, HighlightKind Kind)>();
        foreach (var span in spans)
        {
            if (string.IsNullOrEmpty(span.Text) || span.Kind == HighlightKind.None)
            {
                continue;
            }

            var start = Locate(evidence, span.Start - evidenceStart, span.Text, placed);
            if (start >= 0)
            {
                placed.Add((start, start + span.Text.Length, span.Kind));
            }
        }

        placed.Sort((x, y) => x.Start.CompareTo(y.Start));
        var parts = new List<TextPart>(placed.Count * 2 + 1);
        var cursor = 0;
        foreach (var (start, end, kind) in placed)
        {
            if (start > cursor)
            {
                parts.Add(new TextPart(evidence[cursor..start], HighlightKind.None));
            }

            parts.Add(new TextPart(evidence[start..end], kind));
            cursor = end;
        }

        if (cursor < evidence.Length)
        {
            parts.Add(new TextPart(evidence[cursor..], HighlightKind.None));
        }

        return parts;
    }

    private static int Locate(string evidence, int expected, string text, List<(int Start, int End, HighlightKind Kind)> placed)
    {
        if (expected >= 0 && expected + text.Length <= evidence.Length
            && string.CompareOrdinal(evidence, expected, text, 0, text.Length) == 0
            && IsFree(expected, expected + text.Length, placed))
        {
            return expected;
        }

        for (var at = evidence.IndexOf(text, StringComparison.Ordinal); at >= 0; at = evidence.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            if (IsFree(at, at + text.Length, placed))
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsFree(int start, int end, List<(int Start, int End, HighlightKind Kind)> placed) =>
        placed.TrueForAll(p => end <= p.Start || start >= p.End);
}
