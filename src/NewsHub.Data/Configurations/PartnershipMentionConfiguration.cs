using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class PartnershipMentionConfiguration : IEntityTypeConfiguration<PartnershipMention>
{
    public void Configure(EntityTypeBuilder<PartnershipMention> builder)
    {
        builder.Property(m => m.CompanyAAsWritten).HasMaxLength(200);
        builder.Property(m => m.CompanyBAsWritten).HasMaxLength(200);
        builder.Property(m => m.Trigger).HasMaxLength(100);
        builder.HasOne(m => m.Event).WithMany(e => e.Mentions).HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Article).WithMany(a => a.PartnershipMentions).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexProperty(m => m.Date, PartialDateConfiguration.Configure);
    }
}
