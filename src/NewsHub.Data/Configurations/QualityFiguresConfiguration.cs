using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class QualityFiguresConfiguration : IEntityTypeConfiguration<QualityFigures>
{
    public void Configure(EntityTypeBuilder<QualityFigures> builder)
    {
        builder.ToTable("quality_report_figures");
        builder.Property(f => f.GoldSet).HasMaxLength(400);
        builder.HasIndex(f => new { f.QualityReportId, f.GoldSet, f.Source }).IsUnique();
    }
}
