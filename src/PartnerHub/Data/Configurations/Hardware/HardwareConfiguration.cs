using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Hardware;

internal sealed class ApplianceConfiguration : IEntityTypeConfiguration<Appliance>
{
    public void Configure(EntityTypeBuilder<Appliance> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.SerialNumber).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => a.SerialNumber).IsUnique();
        builder.Property(a => a.ModelCode).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Condition).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<ServiceContract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(e => e.ApplianceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.History).HasField("_history");
        builder.HasIndex(a => new { a.Status, a.ModelCode });
        builder.HasIndex(a => a.PartnerId);
        builder.HasIndex(a => a.HardwareVendorId);
    }
}

internal sealed class ApplianceEventConfiguration : IEntityTypeConfiguration<ApplianceEvent>
{
    public void Configure(EntityTypeBuilder<ApplianceEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.By).HasMaxLength(256);
        builder.Property(e => e.Note).HasMaxLength(1000);
    }
}

internal sealed class KittingTaskConfiguration : IEntityTypeConfiguration<KittingTask>
{
    public void Configure(EntityTypeBuilder<KittingTask> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<ServiceContract>().WithMany().HasForeignKey(t => t.ContractId).OnDelete(DeleteBehavior.Restrict);
        // One first-delivery task per contract; a swap's replacement tasks are one per swap case.
        builder.HasIndex(t => t.ContractId).IsUnique().HasFilter("SwapCaseId IS NULL");
        builder.HasIndex(t => t.SwapCaseId).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.HardwareVendorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Carrier).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.CompletedChecklist).HasMaxLength(200);
        builder.Property(t => t.TrackingNumber).HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.HardwareVendorId, t.Status });
    }
}
