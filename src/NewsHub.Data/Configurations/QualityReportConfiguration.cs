using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class QualityReportConfiguration : IEntityTypeConfiguration<QualityReport>
{
    public void Configure(EntityTypeBuilder<QualityReport> builder)
    {
        builder.Property(r => r.NewsHubVersion).HasMaxLength(200).HasColumnName("newshub_version");
        // The admin overview reads the newest report.
        builder.HasIndex(r => r.MeasuredAt);
        builder.HasMany(r => r.Figures).WithOne().HasForeignKey(f => f.QualityReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
