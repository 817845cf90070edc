using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class ArticleSourceConfiguration : IEntityTypeConfiguration<ArticleSource>
{
    public void Configure(EntityTypeBuilder<ArticleSource> builder)
    {
        builder.HasIndex(s => s.Path).IsUnique();
        builder.Property(s => s.Path).HasMaxLength(4000);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.HasOne(s => s.Article).WithMany(a => a.Sources).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
