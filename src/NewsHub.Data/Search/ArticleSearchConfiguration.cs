using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;
using NpgsqlTypes;

namespace NewsHub.Data.Search;

/// <summary>
/// The full-text search column of <c>articles</c>: <c>search_vector tsvector</c> with a GIN index.
/// </summary>
/// <remarks>
/// A shadow property rather than a member of <see cref="Article"/>: nothing but search reads it, and
/// only <see cref="ArticleSearchIndexer"/> writes it (with SQL, inside the writer's transaction), so
/// the entity stays a plain description of the article. The column is null until an article is
/// indexed; <see cref="ArticleSearchIndexer.IndexMissingAsync"/> fills such rows.
/// </remarks>
internal sealed class ArticleSearchConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property<NpgsqlTsVector?>(ArticleSearch.VectorProperty);
        builder.HasIndex(ArticleSearch.VectorProperty).HasMethod("gin");
    }
}
