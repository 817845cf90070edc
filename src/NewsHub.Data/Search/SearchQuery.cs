using NpgsqlTypes;

namespace NewsHub.Data.Search;

/// <summary>The <c>tsquery</c> of a search: every word must occur, each looked up exactly as <see cref="SearchVector"/> stores it.</summary>
/// <remarks>
/// Sent as a parameter, not parsed by <c>plainto_tsquery</c>: PostgreSQL's parser would split words the
/// segmenter keeps whole, and they would no longer match the vectors.
/// </remarks>
public static class SearchQuery
{
    /// <summary>A query that matches the articles holding every one of <paramref name="words"/> (lower-cased, as <see cref="SearchTokenizer.QueryWords"/> gives them).</summary>
    public static NpgsqlTsQuery AllOf(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfZero(words.Count);
        NpgsqlTsQuery query = new NpgsqlTsQueryLexeme(words[0].ToLowerInvariant());
        foreach (var word in words.Skip(1))
        {
            query = new NpgsqlTsQueryAnd(query, new NpgsqlTsQueryLexeme(word.ToLowerInvariant()));
        }

        return query;
    }
}
