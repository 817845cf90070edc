using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class PartnershipEventConfiguration : IEntityTypeConfiguration<PartnershipEvent>
{
    public void Configure(EntityTypeBuilder<PartnershipEvent> builder)
    {
        builder.HasOne(e => e.CompanyA).WithMany().HasForeignKey(e => e.CompanyAId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.CompanyB).WithMany().HasForeignKey(e => e.CompanyBId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexProperty(e => e.Date, PartialDateConfiguration.Configure);
        builder.HasIndex(e => new { e.CompanyAId, e.CompanyBId, e.Stage });
        builder.HasIndex(e => e.SortDate);
        builder.ToTable(t => t.HasCheckConstraint("ck_partnership_events_ordered_pair", "company_a_id < company_b_id"));
    }
}
