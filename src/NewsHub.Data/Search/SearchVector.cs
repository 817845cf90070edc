using System.Text;

namespace NewsHub.Data.Search;

/// <summary>
/// An article's full-text search vector in PostgreSQL's text form (<c>'华为':1A,9B '合作':4B …</c>): its
/// title's words at weight A, then its clean text's at weight B, as cut by <see cref="SearchTokenizer"/> and
/// lower-cased. The column takes it with a plain <c>::tsvector</c> cast.
/// </summary>
/// <remarks>
/// Built here rather than by <c>to_tsvector('simple', …)</c>, whose parser cost PostgreSQL about 0.6 ms per
/// imported article, and which would split again some words the segmenter keeps whole (<c>e-tron</c> also
/// gave <c>e</c> and <c>tron</c>). Queries are built the same way (<see cref="SearchQuery"/>), so each
/// word is looked up exactly as it was stored. Positions follow <c>setweight(…, 'A') || setweight(…, 'B')</c>:
/// the text's words come after the title's, positions stop at PostgreSQL's 16,383, a word keeps its first
/// 255 positions, and words longer than a lexeme may be (2,046 bytes) are left out. Cutting is the CPU-heavy
/// part of indexing, so an import builds vectors while it reads, on every core.
/// </remarks>
public sealed record SearchVector(string Text)
{
    /// <summary>The largest position PostgreSQL stores; later words all get it.</summary>
    public const int MaxPosition = 16383;

    /// <summary>How many positions PostgreSQL keeps for one lexeme.</summary>
    public const int MaxPositionsPerLexeme = 255;

    /// <summary>The longest lexeme PostgreSQL accepts, in UTF-8 bytes.</summary>
    public const int MaxLexemeBytes = 2046;

    /// <summary>The vector of an article with this <paramref name="title"/> and <paramref name="cleanText"/>.</summary>
    public static SearchVector Of(string title, string cleanText) =>
        Of(SearchTokenizer.Words(title), SearchTokenizer.Words(cleanText));

    /// <summary>The vector of words already cut: <paramref name="titleWords"/> at weight A, then <paramref name="bodyWords"/> at weight B.</summary>
    public static SearchVector Of(IReadOnlyList<string> titleWords, IReadOnlyList<string> bodyWords)
    {
        ArgumentNullException.ThrowIfNull(titleWords);
        ArgumentNullException.ThrowIfNull(bodyWords);
        var lexemes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var word in titleWords)
        {
            Add(lexemes, word, ++position, TitleWeight);
        }

        foreach (var word in bodyWords)
        {
            Add(lexemes, word, ++position, BodyWeight);
        }

        var text = new StringBuilder(lexemes.Count * 16);
        foreach (var (lexeme, positions) in lexemes)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append('\'');
            foreach (var c in lexeme)
            {
                // Inside quotes, tsvector input reads '' as ' and \x as x.
                if (c is '\'' or '\\')
                {
                    text.Append(c == '\'' ? '\'' : '\\');
                }

                text.Append(c);
            }

            text.Append("':");
            for (var i = 0; i < positions.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                text.Append(positions[i] >> 1).Append((positions[i] & 1) == TitleWeight ? 'A' : 'B');
            }
        }

        return new SearchVector(text.ToString());
    }

    private const int TitleWeight = 1;
    private const int BodyWeight = 0;

    /// <summary>Records <paramref name="word"/> at <paramref name="position"/>; positions are kept as <c>position × 2 + weight</c>.</summary>
    private static void Add(Dictionary<string, List<int>> lexemes, string word, int position, int weight)
    {
        var lexeme = word.ToLowerInvariant();
        if (!lexemes.TryGetValue(lexeme, out var positions))
        {
            if (Encoding.UTF8.GetByteCount(lexeme) > MaxLexemeBytes)
            {
                return;
            }

            positions = [];
            lexemes.Add(lexeme, positions);
        }

        var clamped = Math.Min(position, MaxPosition);
        if (positions.Count >= MaxPositionsPerLexeme || (positions.Count > 0 && positions[^1] >> 1 == clamped))
        {
            return;
        }

        positions.Add((clamped << 1) | weight);
    }
}
