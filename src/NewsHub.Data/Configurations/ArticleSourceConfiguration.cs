using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class ArticleSourceConfiguration : IEntityTypeConfiguration<ArticleSource>
{
    public void Configure(EntityTypeBuilder<ArticleSource> builder)
    {
        builder.HasIndex(s => new { s.Kind, s.Path }).IsUnique();
        // Deleting a source keeps its articles: they only forget where they came from.
        builder.HasOne(s => s.Source).WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.Path).HasMaxLength(4000);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.HasOne(s => s.Article).WithMany(a => a.Sources).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
