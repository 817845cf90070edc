using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class CompanyAliasConfiguration : IEntityTypeConfiguration<CompanyAlias>
{
    public void Configure(EntityTypeBuilder<CompanyAlias> builder)
    {
        builder.HasIndex(a => a.Name).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasOne(a => a.Company).WithMany(c => c.Aliases).HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
