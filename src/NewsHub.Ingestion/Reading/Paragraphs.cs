using System.Text;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// The one way every reader turns raw text into clean paragraphs, so that text read from HTML,
/// Markdown and plain files looks the same: one paragraph per line, white space collapsed, no
/// invisible characters, no indentation.
/// </summary>
internal static class Paragraphs
{
    /// <summary>
    /// Splits raw text into paragraphs. Line breaks end a paragraph, and so does an indent of two or
    /// more full-width (U+3000) or no-break spaces: Chinese plain text marks paragraphs that way, and
    /// files that lost their line breaks (paragraphs run together) keep only the indents.
    /// </summary>
    public static IEnumerable<string> Split(string raw)
    {
        var current = new StringBuilder();
        var pendingSpace = false;
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                if (Flush(current) is { } line)
                {
                    yield return line;
                }

                pendingSpace = false;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                var runEnd = i;
                var indentChars = 0;
                while (runEnd < raw.Length && char.IsWhiteSpace(raw[runEnd]) && raw[runEnd] is not ('\n' or '\r' or '\u2028' or '\u2029'))
                {
                    indentChars += raw[runEnd] is '\u3000' or '\u00A0' ? 1 : 0;
                    runEnd++;
                }

                if (indentChars >= 2)
                {
                    if (Flush(current) is { } line)
                    {
                        yield return line;
                    }

                    pendingSpace = false;
                }
                else
                {
                    pendingSpace = current.Length > 0;
                }

                i = runEnd;
                continue;
            }

            if (!CjkText.IsInvisible(c))
            {
                if (pendingSpace)
                {
                    current.Append(' ');
                    pendingSpace = false;
                }

                current.Append(c);
            }

            i++;
        }

        if (Flush(current) is { } last)
        {
            yield return last;
        }
    }

    private static string? Flush(StringBuilder current)
    {
        if (current.Length == 0)
        {
            return null;
        }

        var text = current.ToString();
        current.Clear();
        return text;
    }
}
