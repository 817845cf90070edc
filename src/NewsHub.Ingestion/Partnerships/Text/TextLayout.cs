namespace NewsHub.Ingestion.Partnerships.Text;

/// <summary>A span of the compact text, end exclusive.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Covers(TextSpan other) => other.Start >= Start && other.End <= End;
}

/// <summary>A clause: the part of a sentence between two commas, semicolons or colons.</summary>
/// <param name="Index">Position of the clause in its sentence.</param>
/// <param name="Span">The clause without the separator that ends it.</param>
/// <param name="Separator">The character that ended it (<c>，</c>, <c>；</c>, <c>：</c>), or <c>\0</c> at the end of the sentence.</param>
internal sealed record Clause(int Index, TextSpan Span, char Separator)
{
    /// <summary>True for a label such as <c>合作双方：</c>, whose value follows the colon.</summary>
    public bool EndsWithColon => Separator is '：' or ':';
}

/// <summary>A sentence of a paragraph, cut into clauses.</summary>
internal sealed record Sentence(int Index, int Paragraph, TextSpan Span, IReadOnlyList<Clause> Clauses);

/// <summary>
/// Paragraphs, sentences and clauses of a compact text. Sentences end at 。！？ and ellipses (closing
/// quotes and brackets stay with them), paragraphs at line breaks; clauses are cut at full-width and
/// ASCII commas, semicolons and colons, except inside numbers (<c>1,000</c>, <c>60：40</c>).
/// </summary>
internal sealed class TextLayout
{
    private TextLayout(IReadOnlyList<Sentence> sentences, IReadOnlyList<TextSpan> paragraphs)
    {
        Sentences = sentences;
        Paragraphs = paragraphs;
    }

    /// <summary>Every sentence of the text, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Every paragraph of the text, in order; <see cref="Sentence.Paragraph"/> indexes it.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; }

    public static TextLayout Build(CompactText text)
    {
        var sentences = new List<Sentence>();
        var paragraphs = new List<TextSpan>();
        var value = text.Value;
        var paragraphStart = 0;
        while (paragraphStart <= value.Length)
        {
            var paragraphEnd = value.IndexOf('\n', paragraphStart);
            if (paragraphEnd < 0)
            {
                paragraphEnd = value.Length;
            }

            if (paragraphEnd > paragraphStart)
            {
                var paragraphIndex = paragraphs.Count;
                paragraphs.Add(new TextSpan(paragraphStart, paragraphEnd));
                foreach (var span in SplitSentences(value, paragraphStart, paragraphEnd))
                {
                    sentences.Add(new Sentence(sentences.Count, paragraphIndex, span, SplitClauses(value, span)));
                }
            }

            paragraphStart = paragraphEnd + 1;
        }

        return new TextLayout(sentences, paragraphs);
    }

    /// <summary>The sentence that holds <paramref name="position"/>, or null.</summary>
    public Sentence? SentenceAt(int position)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var span = Sentences[middle].Span;
            if (position < span.Start)
            {
                high = middle - 1;
            }
            else if (position >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return Sentences[middle];
            }
        }

        return null;
    }

    private static IEnumerable<TextSpan> SplitSentences(string value, int start, int end)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            if (!IsSentenceEnd(value, i))
            {
                i++;
                continue;
            }

            i++;
            while (i < end && (IsSentenceEnd(value, i) || IsClosing(value[i])))
            {
                i++;
            }

            if (HasText(value, sentenceStart, i))
            {
                yield return Trim(value, sentenceStart, i);
            }

            sentenceStart = i;
        }

        if (HasText(value, sentenceStart, end))
        {
            yield return Trim(value, sentenceStart, end);
        }
    }

    private static List<Clause> SplitClauses(string value, TextSpan sentence)
    {
        var clauses = new List<Clause>();
        var clauseStart = sentence.Start;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (IsClauseSeparator(value, i, sentence))
            {
                clauses.Add(new Clause(clauses.Count, new TextSpan(clauseStart, i), value[i]));
                clauseStart = i + 1;
            }
        }

        // The last clause stops before the 。 (and a closing quote after it) that ends the sentence.
        var lastEnd = sentence.End;
        while (lastEnd > clauseStart && (IsSentenceEnd(value, lastEnd - 1) || (IsClosing(value[lastEnd - 1]) && IsSentenceEnd(value, lastEnd - 2))))
        {
            lastEnd--;
        }

        clauses.Add(new Clause(clauses.Count, new TextSpan(clauseStart, lastEnd), '\0'));
        return clauses;
    }

    private static bool IsSentenceEnd(string value, int i) => i >= 0 && i < value.Length && value[i] switch
    {
        '。' or '！' or '？' or '…' => true,
        '!' or '?' => i == 0 || !char.IsAsciiLetterOrDigit(value[i - 1]) || value[i - 1] > '\u2E80',
        _ => false,
    };

    private static bool IsClauseSeparator(string value, int i, TextSpan sentence)
    {
        var c = value[i];
        if (c is '，' or '；' or ';')
        {
            return true;
        }

        if (c is ',' or ':' or '：')
        {
            var before = i > sentence.Start ? value[i - 1] : ' ';
            var after = i + 1 < sentence.End ? value[i + 1] : ' ';

            // 1,000 / 60：40 / 10:30 are numbers, not two clauses.
            return !(char.IsAsciiDigit(before) && char.IsAsciiDigit(after)) && !(c == ':' && after == '/');
        }

        return false;
    }

    private static bool IsClosing(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '】' or '》' or '"' or '\'';

    private static bool HasText(string value, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(value[i]) && !IsSentenceEnd(value, i))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan Trim(string value, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
