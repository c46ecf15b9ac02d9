using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Data.Auditing;

namespace PartnerHub.Data.Configurations.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.PartnerId, a.At });
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        // The audit list filtered by entity type, newest first, for the vendor (EntityType, At) and for a partner (PartnerId
        // checked in the index): counted and paged from the index instead of sorting every entry of that type.
        builder.HasIndex(a => new { a.EntityType, a.At, a.PartnerId });
    }
}
