using NewsHub.Segmentation;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>
/// A text with jieba's words laid over it: where words begin and end, and the words on either side of a
/// span. Jieba (with the catalog's names as user words) decides word boundaries; a catalog name only
/// counts where its Chinese edges fall on them.
/// </summary>
internal sealed class SegmentedText
{
    private readonly IReadOnlyList<Token> tokens;

    // For each UTF-16 offset, the index of the token covering the character there.
    private readonly int[] tokenAt;

    public SegmentedText(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        this.tokens = tokens;
        tokenAt = new int[text.Length];
        for (var i = 0; i < tokens.Count; i++)
        {
            Array.Fill(tokenAt, i, tokens[i].Start, tokens[i].End - tokens[i].Start);
        }
    }

    public string Text { get; }

    /// <summary>Jieba's words in text order.</summary>
    public IReadOnlyList<Token> Tokens => tokens;

    /// <summary>The index in <see cref="Tokens"/> of the word covering the character at <paramref name="offset"/>.</summary>
    public int TokenIndexAt(int offset) => tokenAt[offset];

    /// <summary>True when a word begins (or the text ends) at <paramref name="offset"/>.</summary>
    public bool IsBoundary(int offset) =>
        offset <= 0 || offset >= Text.Length || tokens[tokenAt[offset]].Start == offset;

    /// <summary>The word covering the character at <paramref name="offset"/>.</summary>
    public Token TokenAt(int offset) => tokens[tokenAt[offset]];

    /// <summary>
    /// The word just before <paramref name="offset"/>, skipping white space; when the offset falls inside
    /// a word (华为|公司), the part of that word before it.
    /// </summary>
    public string? WordBefore(int offset)
    {
        if (offset <= 0)
        {
            return null;
        }

        var token = tokens[tokenAt[offset - 1]];
        if (!IsBoundary(offset))
        {
            return Text[token.Start..offset];
        }

        for (var i = tokenAt[offset - 1]; i >= 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(tokens[i].Word))
            {
                return tokens[i].Word;
            }
        }

        return null;
    }

    /// <summary>
    /// The word just after <paramref name="offset"/>, skipping white space; when the offset falls inside a
    /// word, the rest of that word.
    /// </summary>
    public string? WordAfter(int offset)
    {
        if (offset >= Text.Length)
        {
            return null;
        }

        var token = tokens[tokenAt[offset]];
        if (token.Start != offset)
        {
            return Text[offset..token.End];
        }

        for (var i = tokenAt[offset]; i < tokens.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(tokens[i].Word))
            {
                return tokens[i].Word;
            }
        }

        return null;
    }

    /// <summary>
    /// The two words just before <paramref name="offset"/> written together (战略|投资 gives 战略投资), so
    /// that a cue jieba cuts in two still reads as one; null when there are not two.
    /// </summary>
    public string? TwoWordsBefore(int offset)
    {
        var nearer = WordBefore(offset);
        var start = StartOfWordBefore(offset);
        var farther = nearer is null || start < 0 ? null : WordBefore(start);
        return farther is null ? null : farther + nearer;
    }

    /// <summary>The two words just after <paramref name="offset"/> written together (在|其 gives 在其); null when there are not two.</summary>
    public string? TwoWordsAfter(int offset) =>
        WordAfter(offset) is { } nearer && NthWordAfter(offset, 2) is { } farther ? nearer + farther : null;

    /// <summary>
    /// The <paramref name="n"/>-th word after <paramref name="offset"/> (1 is <see cref="WordAfter"/>), white
    /// space skipped, or null when the text ends first.
    /// </summary>
    public string? NthWordAfter(int offset, int n)
    {
        for (; n > 1 && offset >= 0; n--)
        {
            offset = EndOfWordAfter(offset);
        }

        return offset < 0 ? null : WordAfter(offset);
    }

    /// <summary>
    /// The offset where the word before <paramref name="offset"/> starts (white space skipped), or -1.
    /// </summary>
    public int StartOfWordBefore(int offset)
    {
        if (offset <= 0)
        {
            return -1;
        }

        for (var i = tokenAt[offset - 1]; i >= 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(tokens[i].Word))
            {
                return Math.Min(tokens[i].Start, offset);
            }
        }

        return -1;
    }

    /// <summary>The offset where the word after <paramref name="offset"/> ends (white space skipped), or -1.</summary>
    public int EndOfWordAfter(int offset)
    {
        if (offset >= Text.Length)
        {
            return -1;
        }

        for (var i = tokenAt[offset]; i < tokens.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(tokens[i].Word))
            {
                return tokens[i].End;
            }
        }

        return -1;
    }
}
