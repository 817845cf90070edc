using NewsHub.Data.Search;

namespace NewsHub.Web.Search;

/// <summary>
/// Finds where the words of a query stand as words in a text (not inside another word: 华为 is not in
/// 中华为民族) and cuts a snippet around the best place.
/// </summary>
/// <remarks>
/// PostgreSQL's <c>ts_headline</c> cannot do this: the vector was made from the space-joined words, so its
/// positions do not map back to the article's characters. Cutting a whole article again for every hit would
/// cost too much on a results page, so each occurrence found by a plain string search is checked by cutting
/// only the run of text jieba would cut it in: jieba cuts every run of Han characters, ASCII letters, digits
/// and <c>+#&amp;._%-</c> on its own, so the run gives the same words as the whole text.
/// </remarks>
public static class SearchHighlighter
{
    /// <summary>Runs longer than this are cut in a window around the occurrence; the words near it barely differ.</summary>
    private const int MaxRunLength = 400;

    /// <summary>How much text goes before the first match of a snippet.</summary>
    private const int LeadIn = 24;

    /// <summary>The spans <c>(Start, Length)</c> of <paramref name="words"/> in <paramref name="text"/>, in order, overlaps merged.</summary>
    public static IReadOnlyList<(int Start, int Length)> FindMatches(string text, IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<(int Start, int End)>();
        var runWords = new Dictionary<(int Start, int End), HashSet<(int Start, int End)>>();
        foreach (var word in words.Where(w => w.Length > 0))
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var run = RunAround(text, at, word.Length);
                if (!runWords.TryGetValue(run, out var tokens))
                {
                    tokens = [.. SearchTokenizer.Tokenize(text[run.Start..run.End]).Select(t => (run.Start + t.Start, run.Start + t.End))];
                    runWords[run] = tokens;
                }

                if (tokens.Contains((at, at + word.Length)))
                {
                    found.Add((at, at + word.Length));
                }
            }
        }

        return Merge(found);
    }

    /// <summary>The whole text with the query's words marked (for titles).</summary>
    public static Snippet Highlight(string text, IReadOnlyCollection<string> words) => Build(text, 0, text.Length, FindMatches(text, words));

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="text"/> around the place where most of the
    /// query's distinct words stand close together, with those words marked; the start of the text when none is there.
    /// </summary>
    public static Snippet Excerpt(string text, IReadOnlyCollection<string> words, int length = 140)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var matches = FindMatches(text, words);
        var start = BestWindowStart(text, matches, length);
        var end = Math.Min(text.Length, start + length);
        return Build(text, start, end, matches);
    }

    private static int BestWindowStart(string text, IReadOnlyList<(int Start, int Length)> matches, int length)
    {
        var best = (Start: 0, Words: 0);
        foreach (var (start, _) in matches)
        {
            var windowStart = Math.Max(0, start - LeadIn);
            var distinct = matches
                .Where(m => m.Start >= windowStart && m.Start + m.Length <= windowStart + length)
                .Select(m => text.Substring(m.Start, m.Length).ToLowerInvariant())
                .Distinct(StringComparer.Ordinal)
                .Count();
            if (distinct > best.Words)
            {
                best = (windowStart, distinct);
            }
        }

        return best.Start;
    }

    private static Snippet Build(string text, int start, int end, IReadOnlyList<(int Start, int Length)> matches)
    {
        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("…", false));
        }

        var at = start;
        foreach (var (matchStart, matchLength) in matches)
        {
            var from = Math.Max(matchStart, start);
            var to = Math.Min(matchStart + matchLength, end);
            if (to <= from)
            {
                continue;
            }

            if (from > at)
            {
                parts.Add(new SnippetPart(Flatten(text[at..from]), false));
            }

            parts.Add(new SnippetPart(text[from..to], true));
            at = to;
        }

        if (at < end)
        {
            parts.Add(new SnippetPart(Flatten(text[at..end]), false));
        }

        if (end < text.Length)
        {
            parts.Add(new SnippetPart("…", false));
        }

        return new Snippet(parts);
    }

    /// <summary>Paragraph breaks become spaces: a snippet is one line.</summary>
    private static string Flatten(string text) => text.ReplaceLineEndings(" ");

    /// <summary>The run of characters jieba cuts as one piece around <c>text[at..at+length]</c>, at most <see cref="MaxRunLength"/> long.</summary>
    private static (int Start, int End) RunAround(string text, int at, int length)
    {
        var start = at;
        var floor = Math.Max(0, at - (MaxRunLength / 2));
        while (start > floor && IsRunCharacter(text[start - 1]))
        {
            start--;
        }

        var end = at + length;
        var ceiling = Math.Min(text.Length, at + length + (MaxRunLength / 2));
        while (end < ceiling && IsRunCharacter(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>jieba's <c>re_han_default</c>: <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>.</summary>
    private static bool IsRunCharacter(char c) =>
        c is >= '\u4E00' and <= '\u9FD5' || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';

    private static List<(int Start, int Length)> Merge(List<(int Start, int End)> spans)
    {
        spans.Sort();
        var merged = new List<(int Start, int Length)>();
        foreach (var (start, end) in spans)
        {
            if (merged.Count > 0 && start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.Start + last.Length, end) - last.Start);
            }
            else
            {
                merged.Add((start, end - start));
            }
        }

        return merged;
    }
}
