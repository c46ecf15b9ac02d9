using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Accounting;

namespace PartnerHub.Data.Configurations.Billing;

internal sealed class JournalMappingSettingConfiguration : IEntityTypeConfiguration<JournalMappingSetting>
{
    public void Configure(EntityTypeBuilder<JournalMappingSetting> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Target).HasConversion<string>().HasMaxLength(16);
        // One mapping per accounting system.
        builder.HasIndex(s => s.Target).IsUnique();
        foreach (var name in new[]
                 {
                     nameof(JournalMappingSetting.ReceivableAccount), nameof(JournalMappingSetting.SalesAccount), nameof(JournalMappingSetting.SalesReturnsAccount),
                     nameof(JournalMappingSetting.Department),
                 })
        {
            builder.Property(name).HasMaxLength(64).IsRequired();
        }

        foreach (var name in new[]
                 {
                     nameof(JournalMappingSetting.ReceivableTaxCategory), nameof(JournalMappingSetting.StandardSales), nameof(JournalMappingSetting.ReducedSales),
                     nameof(JournalMappingSetting.ExemptSales), nameof(JournalMappingSetting.StandardReturns), nameof(JournalMappingSetting.ReducedReturns),
                     nameof(JournalMappingSetting.ExemptReturns),
                 })
        {
            builder.Property(name).HasMaxLength(64).IsRequired();
        }

        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Values);
    }
}
