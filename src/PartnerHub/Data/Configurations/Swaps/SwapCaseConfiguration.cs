using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Data.Configurations.Attachments;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Configurations.Swaps;

internal sealed class SwapCaseConfiguration : IEntityTypeConfiguration<SwapCase>
{
    public void Configure(EntityTypeBuilder<SwapCase> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.OldSerialNumber).HasMaxLength(64).IsRequired();
        builder.Property(s => s.ReplacementSerialNumber).HasMaxLength(64);
        builder.Property(s => s.Reason).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.WhatHappened).HasMaxLength(2000).IsRequired();
        builder.Property(s => s.OpenedBy).HasMaxLength(256);
        builder.Property(s => s.WithdrawalReason).HasMaxLength(1000);
        builder.Property(s => s.WithdrawnBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.OldUnitComesBack);
        builder.Ignore(s => s.TakesEvidence);
        builder.HasMany(s => s.Evidence).WithOne().HasForeignKey(e => e.SwapCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Evidence).HasField("_evidence");
        builder.OwnsOne(s => s.PartnerAttribution, Attribution);
        builder.OwnsOne(s => s.FinalAttribution, Attribution);
        builder.OwnsOne(s => s.Outage, outage =>
        {
            outage.Property(o => o.RecordedBy).HasMaxLength(256);
        });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceContract>().WithMany().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Appliance>().WithMany().HasForeignKey(s => s.OldApplianceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PartnerId, s.Status });
        builder.HasIndex(s => s.ContractId);
        builder.HasIndex(s => s.OldApplianceId);
        builder.HasIndex(s => s.OpenedAt);
    }

    private static void Attribution(OwnedNavigationBuilder<SwapCase, AttributionDecision> attribution)
    {
        attribution.Property(a => a.Attribution).HasConversion<string>().HasMaxLength(16);
        attribution.Property(a => a.Ground).HasConversion<string>().HasMaxLength(40);
        attribution.Property(a => a.Note).HasMaxLength(1000);
        attribution.Property(a => a.By).HasMaxLength(256);
    }
}

internal sealed class SwapEvidenceConfiguration : IEntityTypeConfiguration<SwapEvidence>
{
    public void Configure(EntityTypeBuilder<SwapEvidence> builder)
    {
        builder.MapStoredAttachment("SwapEvidence");
        builder.HasIndex(e => e.PartnerId);
    }
}
