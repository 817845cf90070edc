using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.Folder).HasMaxLength(4000);
        builder.Property(r => r.CurrentFile).HasMaxLength(4000);
        builder.Property(r => r.WorkerId).HasMaxLength(200);
        // The job queue picks the oldest queued run with SELECT … FOR UPDATE SKIP LOCKED.
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
        // A source's history; a deleted source's runs stay in the admin history.
        builder.HasIndex(r => r.SourceId);
        builder.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.SetNull);
    }
}
