using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Calendars;

namespace PartnerHub.Data.Configurations.Calendars;

internal sealed class CalendarAdjustmentConfiguration : IEntityTypeConfiguration<CalendarAdjustment>
{
    public void Configure(EntityTypeBuilder<CalendarAdjustment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.CalendarCode).HasMaxLength(16).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Name).HasMaxLength(CalendarAdjustment.MaxNameLength).IsRequired();
        builder.Property(a => a.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(a => new { a.CalendarCode, a.From });
    }
}
