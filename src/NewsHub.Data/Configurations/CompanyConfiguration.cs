using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.HasIndex(c => c.CanonicalName).IsUnique();
        builder.Property(c => c.CanonicalName).HasMaxLength(200);

        // Rows written before discovery existed are the catalog's; the review queue reads by status.
        builder.Property(c => c.Status).HasDefaultValue(CompanyStatus.Catalog).HasSentinel(CompanyStatus.Catalog);
        builder.HasIndex(c => c.Status);
        builder.HasOne(c => c.Parent).WithMany(c => c.Children).HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
