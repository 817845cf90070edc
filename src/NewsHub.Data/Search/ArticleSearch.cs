using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using NpgsqlTypes;

namespace NewsHub.Data.Search;

/// <summary>Names and LINQ helpers for the full-text search column of articles.</summary>
public static class ArticleSearch
{
    /// <summary>The shadow property (column <c>search_vector</c>) that holds an article's <c>tsvector</c>.</summary>
    public const string VectorProperty = "SearchVector";

    /// <summary>
    /// The text search configuration of the vector and of every query. <c>simple</c> lower-cases and
    /// keeps every word: Chinese is already cut into words by the segmenter, and stemming or stop
    /// words of another language would only get in the way.
    /// </summary>
    public const string TextSearchConfiguration = "simple";

    /// <summary>The search vector of an article, for use inside LINQ queries (translated to the column).</summary>
    public static NpgsqlTsVector Vector(Article article) => EF.Property<NpgsqlTsVector>(article, VectorProperty);
}
