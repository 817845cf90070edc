using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Configurations;

/// <summary>A <see cref="PartialDate"/> is stored as columns of its owner: date_year, date_month, date_day, date_precision, date_source.</summary>
internal static class PartialDateConfiguration
{
    public static void Configure(ComplexPropertyBuilder<PartialDate> date)
    {
        date.Property(d => d.Year).HasColumnName("date_year");
        date.Property(d => d.Month).HasColumnName("date_month");
        date.Property(d => d.Day).HasColumnName("date_day");
        date.Property(d => d.Precision).HasColumnName("date_precision");
        date.Property(d => d.Source).HasColumnName("date_source");
    }
}
