using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;

namespace PartnerHub.Features.Devices;

/// <summary>
/// What the partner saw when a case was opened: the appliance's health and its latest alerts, stored as JSON on the
/// case (<c>SupportCase.OpeningSnapshot</c>, <c>SwapCase.HealthAtOpening</c>) so the desk and vendor operations see the same picture after the alert list has moved on.
/// Only fields the partner may see are kept (no raw sensor record, no rule category).
/// </summary>
public sealed record OpeningSnapshot(DateTimeOffset CapturedAt, SnapshotHealth? Health, IReadOnlyList<SnapshotAlert> Alerts)
{
    /// <summary>Alerts kept: the newest the bridge received from the appliance within a day before opening.</summary>
    public const int MaxAlerts = 10;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    /// <summary>The snapshot in <paramref name="json"/>, or null when there is none or it cannot be read.</summary>
    public static OpeningSnapshot? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<OpeningSnapshot>(json, s_json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Takes the snapshot of <paramref name="serial"/> through the caller's tenant-scoped context.</summary>
    public static async Task<OpeningSnapshot?> CaptureAsync(HubDbContext db, string? serial, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(serial))
        {
            return null;
        }

        // By appliance id (the serial's unique index, then the events' (appliance, kind, time) index): the event table has
        // no index on the serial and is the largest table of the hub.
        var applianceId = await db.Appliances.AsNoTracking().Where(a => a.SerialNumber == serial).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        var health = await db.DeviceHealths.AsNoTracking().FirstOrDefaultAsync(h => h.ApplianceId == applianceId, cancellationToken);
        // "The last day" is the day the bridge received, like last seen and the alerts-per-day chart: an appliance whose
        // clock runs months behind still shows what it has just sent.
        var since = now.AddDays(-1);
        var alerts = await db.SensorEvents.AsNoTracking()
            .Where(e => e.ApplianceId == applianceId && e.Kind == TelemetryKind.Alert && e.ReceivedAt >= since)
            .OrderByDescending(e => e.ReceivedAt).ThenByDescending(e => e.ObservedAt)
            .Take(MaxAlerts)
            .Select(e => new SnapshotAlert(e.EventId, e.ObservedAt, e.ThreatClass ?? ThreatClass.Unclassified, e.Severity, e.Signature, e.SourceIp,
                e.DestinationIp, e.DestinationPort))
            .ToListAsync(cancellationToken);
        var picture = health is null
            ? null
            : new SnapshotHealth(health.SerialNumber, health.State, health.LastSeenAt, health.DropRatePercent, health.BandwidthMbps,
                health.MonitoredEndpoints, health.UptimeSeconds, health.SoftwareVersion);
        return new OpeningSnapshot(now, picture, alerts);
    }
}

public sealed record SnapshotHealth(string Serial, DeviceState State, DateTimeOffset? LastSeenAt, double? DropRatePercent, double? BandwidthMbps,
    long? MonitoredEndpoints, long? UptimeSeconds, string? SoftwareVersion);

public sealed record SnapshotAlert(string EventId, DateTimeOffset ObservedAt, ThreatClass ThreatClass, AlertSeverity? Severity, string? Signature,
    string? SourceIp, string? DestinationIp, int? DestinationPort);
