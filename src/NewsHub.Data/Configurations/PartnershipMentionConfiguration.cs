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

        // The companies a mention links, as written and as group. Like a company mention's, they go with their
        // company: deleting a company deletes its events (and so their mentions) and any evidence naming it.
        builder.HasOne<Company>().WithMany().HasForeignKey(m => m.CompanyAId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(m => m.CompanyAGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(m => m.CompanyBId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(m => m.CompanyBGroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
