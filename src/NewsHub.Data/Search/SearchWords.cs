namespace NewsHub.Data.Search;

/// <summary>
/// An article's indexable words, space-joined as <c>to_tsvector('simple', …)</c> takes them: its title's
/// (weight A) and its clean text's (weight B).
/// </summary>
/// <remarks>
/// Cutting is the CPU-heavy part of indexing, so an import makes these while it reads, on every core, and
/// the writer only sends them.
/// </remarks>
public sealed record SearchWords(string Title, string Body)
{
    /// <summary>Cuts <paramref name="title"/> and <paramref name="cleanText"/> with <see cref="SearchTokenizer"/>.</summary>
    public static SearchWords Of(string title, string cleanText) =>
        new(SearchTokenizer.ToIndexText(title), SearchTokenizer.ToIndexText(cleanText));
}
