using System.Text;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// Text that a word segmenter has already split into words with spaces (<c>上汽 和 阿里巴巴 签署 协议</c>):
/// recognising it, and joining it back into normal text.
/// </summary>
public static class SegmentedText
{
    // Enough evidence that a file is segmented and not a normal text with a few stray spaces: in
    // segmented Chinese nearly every word boundary is a space, so between a third and two thirds of
    // all neighbouring Chinese character pairs are space-separated; in normal Chinese text almost none are.
    private const int MinimumSpacedPairs = 8;
    private const double MinimumSpacedShare = 0.25;

    /// <summary>
    /// True when the text reads as segmented by spaces, judged by statistics alone: the share of
    /// neighbouring Chinese characters (or Chinese punctuation) that stand a single space apart.
    /// </summary>
    public static bool LooksSegmented(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spaced = 0;
        var adjacent = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (!CjkText.IsCjk(c))
            {
                continue;
            }

            var next = text[i + 1];
            if (CjkText.IsCjk(next))
            {
                adjacent++;
            }
            else if (next == ' ' && i + 2 < text.Length && CjkText.IsCjk(text[i + 2]))
            {
                spaced++;
            }
        }

        return spaced >= MinimumSpacedPairs && spaced >= MinimumSpacedShare * (spaced + adjacent);
    }

    /// <summary>
    /// Joins segmented text back into normal text, line by line. Segmenters that keep white space as a
    /// word of its own (python's jieba does) write a real space as three (separator, space, separator):
    /// when the text has such runs, every single space is a separator and every real space comes back
    /// exactly. Segmenters that drop white space leave no trace of real spaces; then a single space
    /// between two Latin letters or digits (<c>Model 3</c>) is taken for a real one, and all others go.
    /// </summary>
    public static string Join(string segmented)
    {
        ArgumentNullException.ThrowIfNull(segmented);
        var keepsWhitespaceWords = segmented.Contains("   ", StringComparison.Ordinal);
        var result = new StringBuilder(segmented.Length);
        var lineStart = 0;
        var i = 0;
        while (i < segmented.Length)
        {
            var c = segmented[i];
            if (c == '\n')
            {
                result.Append('\n');
                lineStart = result.Length;
                i++;
                continue;
            }

            if (c != ' ')
            {
                result.Append(c);
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < segmented.Length && segmented[runEnd] == ' ')
            {
                runEnd++;
            }

            var atLineEdge = result.Length == lineStart || runEnd == segmented.Length || segmented[runEnd] == '\n';
            if (!atLineEdge)
            {
                var run = runEnd - i;
                var spaces = (run - 1) / 2;
                if (spaces == 0 && !keepsWhitespaceWords && char.IsAsciiLetterOrDigit(result[^1]) && char.IsAsciiLetterOrDigit(segmented[runEnd]))
                {
                    spaces = 1;
                }

                result.Append(' ', spaces);
            }

            i = runEnd;
        }

        return result.ToString();
    }
}
