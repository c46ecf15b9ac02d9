using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Hardware;

internal sealed class ReturnTaskConfiguration : IEntityTypeConfiguration<ReturnTask>
{
    public void Configure(EntityTypeBuilder<ReturnTask> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.SerialNumber).HasMaxLength(64).IsRequired();
        builder.Property(t => t.ModelCode).HasMaxLength(32).IsRequired();
        builder.Property(t => t.Reason).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ReasonNote).HasMaxLength(500);
        builder.Property(t => t.ShippingPaidBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Carrier).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.TrackingNumber).HasMaxLength(20);
        builder.Property(t => t.ReceivedBy).HasMaxLength(256);
        builder.Property(t => t.Condition).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ConditionNote).HasMaxLength(1000);
        builder.Property(t => t.LateExcuse).HasMaxLength(500);
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.OpenedBy).HasMaxLength(256);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<Appliance>().WithMany().HasForeignKey(t => t.ApplianceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceContract>().WithMany().HasForeignKey(t => t.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ApplianceId, t.Status });
        builder.HasIndex(t => new { t.PartnerId, t.Status, t.Deadline });
        builder.HasIndex(t => new { t.HardwareVendorId, t.Status });
        builder.HasIndex(t => new { t.Status, t.Deadline });
    }
}
