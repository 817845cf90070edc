namespace NewsHub.Data.Search;

/// <summary>Names shared by everything that reads or writes the full-text search column of articles.</summary>
/// <remarks>
/// In LINQ, read the vector with <c>EF.Property&lt;NpgsqlTsVector&gt;(article, ArticleSearch.VectorProperty)</c>
/// written inline: EF translates that call, not a helper method wrapping it.
/// </remarks>
public static class ArticleSearch
{
    /// <summary>The shadow property (column <c>search_vector</c>) that holds an article's <c>tsvector</c>.</summary>
    public const string VectorProperty = "SearchVector";
}
