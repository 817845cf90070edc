using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class ArticleCompanyMentionConfiguration : IEntityTypeConfiguration<ArticleCompanyMention>
{
    public void Configure(EntityTypeBuilder<ArticleCompanyMention> builder)
    {
        builder.Property(m => m.AsWritten).HasMaxLength(200);
        builder.HasOne(m => m.Article).WithMany(a => a.CompanyMentions).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Company).WithMany().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Group).WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.GroupId, m.ArticleId });
    }
}
