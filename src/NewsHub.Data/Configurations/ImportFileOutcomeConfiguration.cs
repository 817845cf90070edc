using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class ImportFileOutcomeConfiguration : IEntityTypeConfiguration<ImportFileOutcome>
{
    public void Configure(EntityTypeBuilder<ImportFileOutcome> builder)
    {
        builder.Property(f => f.Path).HasMaxLength(4000);
        builder.HasOne(f => f.ImportRun).WithMany(r => r.Files).HasForeignKey(f => f.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.ImportRunId, f.Outcome });
    }
}
