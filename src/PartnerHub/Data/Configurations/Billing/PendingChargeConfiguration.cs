using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Billing;

internal sealed class PendingChargeConfiguration : IEntityTypeConfiguration<PendingCharge>
{
    public void Configure(EntityTypeBuilder<PendingCharge> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Description).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Article).HasMaxLength(40).IsRequired();
        builder.Property(c => c.WaiverReason).HasMaxLength(500);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.SettledBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsCredit);
        builder.Ignore(c => c.SignedAmount);
        builder.Ignore(c => c.LineKind);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceContract>().WithMany().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.Restrict);
        // One decision is charged once: a swap or return re-saved cannot add a second charge of the same kind.
        builder.HasIndex(c => new { c.SourceId, c.Kind }).IsUnique();
        builder.HasIndex(c => new { c.PartnerId, c.Status });
    }
}
