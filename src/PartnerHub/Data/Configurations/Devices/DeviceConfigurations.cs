using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Hardware;

namespace PartnerHub.Data.Configurations.Devices;

// Telemetry rows carry no foreign keys to contracts or customers on purpose: they are written at high rates by the
// ingest path, and the tenant columns are a snapshot of where the appliance served at the time.
internal sealed class SensorEventConfiguration : IEntityTypeConfiguration<SensorEvent>
{
    public void Configure(EntityTypeBuilder<SensorEvent> builder)
    {
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(TelemetryEventId.Length).IsUnicode(false);
        builder.Property(e => e.ApplianceSerial).HasMaxLength(SensorEventLimits.Serial).IsRequired();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.EveEventType).HasMaxLength(SensorEventLimits.EventType);
        builder.Property(e => e.Signature).HasMaxLength(SensorEventLimits.Signature);
        builder.Property(e => e.Category).HasMaxLength(SensorEventLimits.Category);
        builder.Property(e => e.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ThreatClass).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ThreatKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.SourceIp).HasMaxLength(SensorEventLimits.IpAddress);
        builder.Property(e => e.DestinationIp).HasMaxLength(SensorEventLimits.IpAddress);
        builder.Property(e => e.Protocol).HasMaxLength(SensorEventLimits.Protocol);
        builder.Property(e => e.AppProtocol).HasMaxLength(SensorEventLimits.AppProtocol);
        // The alert list, newest first: threat class and severity ride in the index so that the vendor's filtered list is
        // counted and paged from it (a million alerts at scale) instead of from the table's wide rows.
        builder.HasIndex(e => new { e.Kind, e.ObservedAt, e.ThreatClass, e.Severity });
        builder.HasIndex(e => new { e.ApplianceId, e.Kind, e.ObservedAt });
        // A partner's alert list (its own rows only, see OwnPartnerRows); threat class and severity ride in it for the same
        // reason as above: a partner's filtered list is counted from the index, not from thousands of wide rows.
        builder.HasIndex(e => new { e.PartnerId, e.Kind, e.ObservedAt, e.ThreatClass, e.Severity });
        // Retention deletes by receipt time.
        builder.HasIndex(e => e.ReceivedAt);
        // The alert search's customer branch (alerts of the customers whose name matches), beside the trigram index's keys.
        builder.HasIndex(e => new { e.CustomerId, e.Kind, e.ObservedAt });
    }
}

internal sealed class DeviceHealthConfiguration : IEntityTypeConfiguration<DeviceHealth>
{
    public void Configure(EntityTypeBuilder<DeviceHealth> builder)
    {
        builder.HasKey(h => h.ApplianceId);
        builder.HasOne<Appliance>().WithOne().HasForeignKey<DeviceHealth>(h => h.ApplianceId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(h => h.SerialNumber).HasMaxLength(64);
        builder.Property(h => h.ModelCode).HasMaxLength(32);
        builder.Property(h => h.SoftwareVersion).HasMaxLength(64);
        builder.Property(h => h.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasIndex(h => new { h.PartnerId, h.State });
    }
}

internal sealed class DeviceStateChangeConfiguration : IEntityTypeConfiguration<DeviceStateChange>
{
    public void Configure(EntityTypeBuilder<DeviceStateChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => new { c.ApplianceId, c.At });
    }
}

internal sealed class AlertDailyCountConfiguration : IEntityTypeConfiguration<AlertDailyCount>
{
    public void Configure(EntityTypeBuilder<AlertDailyCount> builder)
    {
        builder.HasKey(c => new { c.ApplianceId, c.Day, c.ThreatClass });
        builder.Property(c => c.ThreatClass).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(c => new { c.Day, c.PartnerId });
    }
}

internal sealed class IngestedBatchConfiguration : IEntityTypeConfiguration<IngestedBatch>
{
    public void Configure(EntityTypeBuilder<IngestedBatch> builder)
    {
        builder.HasKey(b => b.BatchId);
        builder.Property(b => b.BatchId).ValueGeneratedNever();
        builder.Property(b => b.BridgeId).HasMaxLength(SensorEventLimits.Serial);
        builder.HasIndex(b => b.IngestedAt);
    }
}

internal sealed class ThreatMappingRuleConfiguration : IEntityTypeConfiguration<ThreatMappingRule>
{
    public void Configure(EntityTypeBuilder<ThreatMappingRule> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.MatchBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Pattern).HasMaxLength(ThreatMappingRule.MaxPatternLength);
        builder.Property(r => r.ThreatClass).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ThreatKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Note).HasMaxLength(ThreatMappingRule.MaxNoteLength);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.MatchBy, r.Pattern }).IsUnique();
    }
}

internal sealed class RequiredSoftwareVersionConfiguration : IEntityTypeConfiguration<RequiredSoftwareVersion>
{
    public void Configure(EntityTypeBuilder<RequiredSoftwareVersion> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ModelCode).HasMaxLength(32);
        builder.Property(r => r.MinimumVersion).HasMaxLength(SensorSoftwareVersion.MaxLength);
        builder.Property(r => r.Note).HasMaxLength(RequiredSoftwareVersion.MaxNoteLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(256);
        builder.Ignore(r => r.Minimum);
        builder.HasIndex(r => new { r.ModelCode, r.EffectiveFrom });
    }
}
