using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.HasIndex(s => s.Name).IsUnique();
        // A source is (kind, locator): the same folder or feed twice would poll and store everything twice.
        builder.HasIndex(s => new { s.Kind, s.Locator }).IsUnique();
        // The scheduler looks for enabled sources whose time has come.
        builder.HasIndex(s => s.NextRunAt).HasFilter("enabled");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Locator).HasMaxLength(4000);
        builder.Property(s => s.Schedule).HasMaxLength(200);
        builder.Property(s => s.LastError).HasMaxLength(4000);
        builder.Property(s => s.ETag).HasMaxLength(1000).HasColumnName("etag");
        builder.Property(s => s.LeaseOwner).HasMaxLength(200);
    }
}
