using NewsHub.Segmentation;

namespace NewsHub.Data.Search;

/// <summary>
/// Cuts Chinese text into the words that full-text search indexes and looks up: jieba's search mode
/// (each long word also gives the dictionary words inside it, so 北汽 is found in 北汽新能源), with
/// punctuation and spaces left out.
/// </summary>
/// <remarks>
/// Articles and queries must be cut by the same dictionary, or a word cut one way when stored and another
/// way when searched is never found. So search has a segmenter of its own with jieba's default dictionary:
/// words that the company tagger adds to <see cref="JiebaSegmenter.Default"/> in one process and not in
/// another cannot make the two sides disagree.
/// </remarks>
public static class SearchTokenizer
{
    private static readonly JiebaSegmenter Segmenter = new();

    /// <summary>The indexable words of <paramref name="text"/>, in order, repeats kept (they count for ranking).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Segmenter.CutForSearch(text).Where(IsWord)];
    }

    /// <summary>
    /// The distinct words of a query, lower-cased, in the order typed. Every one of them must occur in an
    /// article for it to match.
    /// </summary>
    public static IReadOnlyList<string> QueryWords(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. Words(query).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Where each indexable word of <paramref name="text"/> lies (search mode: tokens may overlap).</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Segmenter.Tokenize(text, TokenizeMode.Search).Where(t => IsWord(t.Word))];
    }

    /// <summary>A token worth indexing holds at least one letter or digit (Han characters are letters).</summary>
    private static bool IsWord(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
