namespace NewsHub.Ingestion.Partnerships.Text;

/// <summary>
/// The article text in the one shape the extraction rules are written for: spaces between Chinese
/// words removed (<c>2014 年 10 月 17 日</c> reads <c>2014年10月17日</c>), full-width digits and letters
/// made ASCII, and paragraph breaks kept. Every character remembers where it came from, so that all
/// offsets can be given back in the original clean text.
/// </summary>
/// <remarks>
/// Two layouts reach the finder: normal Chinese text, and text that arrived split into words by
/// spaces (or was joined back from it), where a comma followed by a space ends a sentence and a run of
/// ideographic spaces starts a new paragraph. Both become the same compact text here.
/// </remarks>
internal sealed class CompactText
{
    private const char IdeographicSpace = '\u3000';

    private readonly int[] _originalIndex;
    private readonly int[] _compactIndex;
    private readonly int _originalLength;

    private CompactText(string value, int[] originalIndex, int originalLength)
    {
        Value = value;
        _originalIndex = originalIndex;
        _originalLength = originalLength;
        _compactIndex = new int[originalLength + 1];
        var compact = 0;
        for (var i = 0; i <= originalLength; i++)
        {
            // Original characters that were dropped map to the next kept character.
            while (compact < originalIndex.Length && originalIndex[compact] < i)
            {
                compact++;
            }

            _compactIndex[i] = compact;
        }
    }

    /// <summary>The compact text.</summary>
    public string Value { get; }

    /// <summary>Number of characters of the compact text.</summary>
    public int Length => Value.Length;

    /// <summary>The character at <paramref name="index"/> of the compact text.</summary>
    public char this[int index] => Value[index];

    /// <summary>Builds the compact form of <paramref name="original"/>.</summary>
    public static CompactText Create(string original)
    {
        var text = new System.Text.StringBuilder(original.Length);
        var origin = new List<int>(original.Length);
        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            if (IsSpace(c))
            {
                var start = i;
                while (i < original.Length && IsSpace(original[i]))
                {
                    i++;
                }

                AppendSpaceRun(original, start, i, text, origin);
                continue;
            }

            if (c == ',' && IsSegmentedSentenceComma(original, i))
            {
                // "……的联姻 ,   上汽 和 阿里巴巴": in word-split text a comma with a space after it
                // stands where the sentence ended.
                text.Append('。');
                origin.Add(i);
                i++;
                continue;
            }

            text.Append(Narrow(c));
            origin.Add(i);
            i++;
        }

        return new CompactText(text.ToString(), [.. origin], original.Length);
    }

    /// <summary>The offset in the original text of the compact character at <paramref name="compactIndex"/>.</summary>
    public int ToOriginal(int compactIndex) =>
        compactIndex >= _originalIndex.Length ? _originalLength : _originalIndex[compactIndex];

    /// <summary>The original offset just past the compact character before <paramref name="compactEnd"/>.</summary>
    public int ToOriginalEnd(int compactEnd) =>
        compactEnd <= 0 ? 0 : _originalIndex[Math.Min(compactEnd, _originalIndex.Length) - 1] + 1;

    /// <summary>The compact offset of the first kept character at or after <paramref name="originalIndex"/>.</summary>
    public int FromOriginal(int originalIndex) => _compactIndex[Math.Clamp(originalIndex, 0, _originalLength)];

    /// <summary>The compact text between two compact offsets, without copying it: the finder looks at thousands of these per article.</summary>
    public ReadOnlySpan<char> Slice(int start, int end) => start >= end ? [] : Value.AsSpan(start, end - start);

    private static bool IsSpace(char c) => c != '\n' && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF');

    private static void AppendSpaceRun(string original, int start, int end, System.Text.StringBuilder text, List<int> origin)
    {
        var ideographic = 0;
        for (var k = start; k < end; k++)
        {
            if (original[k] == IdeographicSpace)
            {
                ideographic++;
            }
        }

        var previous = text.Length > 0 ? text[^1] : '\n';
        var next = end < original.Length ? original[end] : '\n';
        if (ideographic >= 2 && previous != '\n' && next != '\n')
        {
            // Two ideographic spaces inside a line are a paragraph indent that lost its line break.
            text.Append('\n');
            origin.Add(start);
        }
        else if (char.IsAsciiLetterOrDigit(previous) && char.IsAsciiLetterOrDigit(Narrow(next)))
        {
            // "LG Energy Solution", "Model 3": a real space between two alphabetic words.
            text.Append(' ');
            origin.Add(start);
        }
    }

    private static bool IsSegmentedSentenceComma(string original, int index)
    {
        if (index + 1 >= original.Length || !IsSpace(original[index + 1]))
        {
            return false;
        }

        var before = index - 1;
        while (before >= 0 && IsSpace(original[before]))
        {
            before--;
        }

        return before >= 0 && !char.IsAsciiLetterOrDigit(original[before]) && original[before] > '\u2E80';
    }

    /// <summary>Full-width digits, letters and the number signs used with them, as ASCII.</summary>
    private static char Narrow(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => (char)(c - 0xFEE0),
        '\uFF0E' => '.',
        '\uFF0D' => '-',
        '\uFF05' => '%',
        '\uFF0F' => '/',
        _ => c,
    };
}
