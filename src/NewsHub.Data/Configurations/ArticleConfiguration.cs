using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Author).HasMaxLength(500);
        builder.Property(a => a.Outlet).HasMaxLength(500);
        builder.Property(a => a.SourceUrl).HasMaxLength(4000);
        builder.Property(a => a.Encoding).HasMaxLength(32);
        builder.Property(a => a.MetadataJson).HasColumnType("jsonb");
        builder.HasIndex(a => a.PublishedAt);
        builder.HasIndex(a => a.Status);
        // A feed item whose link is an article stored from a folder is that article (ArticleWriter).
        builder.HasIndex(a => a.SourceUrl);
    }
}
