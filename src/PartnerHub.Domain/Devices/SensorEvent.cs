using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;

namespace PartnerHub.Domain.Devices;

/// <summary>Where an appliance serves when its telemetry arrives: the tenant and contract its events belong to.</summary>
/// <param name="ApplianceId">The registered appliance.</param>
/// <param name="SerialNumber">Its serial number (upper case).</param>
/// <param name="ModelCode">Its model (limits).</param>
/// <param name="PartnerId">The partner of the contract it serves; null while not allocated (vendor-only data).</param>
/// <param name="ContractId">That contract.</param>
/// <param name="CustomerId">That contract's customer.</param>
public sealed record ApplianceLink(Guid ApplianceId, string SerialNumber, string ModelCode, Guid? PartnerId, Guid? ContractId, Guid? CustomerId);

/// <summary>
/// Longest values a stored sensor event keeps: the column sizes, and the limits the ingest API checks before storing,
/// so a batch is refused with a reason instead of failing in the database.
/// </summary>
public static class SensorEventLimits
{
    /// <summary>Appliance serial, and the bridge id of a batch.</summary>
    public const int Serial = 64;

    /// <summary>EVE <c>event_type</c>.</summary>
    public const int EventType = 64;

    /// <summary>Alert signature text.</summary>
    public const int Signature = 512;

    /// <summary>Alert rule category.</summary>
    public const int Category = 256;

    /// <summary>IPv4 or IPv6 address text.</summary>
    public const int IpAddress = 64;

    /// <summary>Transport protocol.</summary>
    public const int Protocol = 16;

    /// <summary>Application protocol.</summary>
    public const int AppProtocol = 32;
}

/// <summary>
/// One stored sensor event. The hub keeps every event once (by <see cref="EventId"/>), stamped with the partner and
/// customer the appliance served at the time, so a later reallocation of the box never shows one customer's alerts to
/// another. Alerts carry their threat class (004 別紙2 §3); <see cref="RawJson"/> is for the desk and the vendor only
/// (004 別紙3 §1-3-③).
/// </summary>
public sealed class SensorEvent
{
    private SensorEvent()
    {
        EventId = ApplianceSerial = EveEventType = RawJson = string.Empty;
    }

    /// <summary>Stable id from the bridge (<see cref="TelemetryEventId"/>).</summary>
    public string EventId { get; private set; }

    /// <summary>The batch that first delivered it.</summary>
    public Guid BatchId { get; private set; }

    /// <summary>Serial as sent (upper case).</summary>
    public string ApplianceSerial { get; private set; }

    /// <summary>The registered appliance; null when the serial is unknown to the hub.</summary>
    public Guid? ApplianceId { get; private set; }

    /// <summary>Partner at the time (tenant).</summary>
    public Guid? PartnerId { get; private set; }

    /// <summary>Contract at the time.</summary>
    public Guid? ContractId { get; private set; }

    /// <summary>Customer at the time.</summary>
    public Guid? CustomerId { get; private set; }

    /// <summary>What it reports.</summary>
    public TelemetryKind Kind { get; private set; }

    /// <summary>EVE event_type as sent.</summary>
    public string EveEventType { get; private set; }

    /// <summary>When the sensor observed it.</summary>
    public DateTimeOffset ObservedAt { get; private set; }

    /// <summary>When the bridge accepted it.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>When the hub stored it.</summary>
    public DateTimeOffset IngestedAt { get; private set; }

    /// <summary>Alert: signature id.</summary>
    public long? SignatureId { get; private set; }

    /// <summary>Alert: signature text (English, as the rule set words it).</summary>
    public string? Signature { get; private set; }

    /// <summary>Alert: rule category.</summary>
    public string? Category { get; private set; }

    /// <summary>Alert: severity.</summary>
    public AlertSeverity? Severity { get; private set; }

    /// <summary>Alert: threat class.</summary>
    public ThreatClass? ThreatClass { get; private set; }

    /// <summary>Alert: finer kind.</summary>
    public ThreatKind? ThreatKind { get; private set; }

    /// <summary>Alert: source address.</summary>
    public string? SourceIp { get; private set; }

    /// <summary>Alert: source port.</summary>
    public int? SourcePort { get; private set; }

    /// <summary>Alert: destination address.</summary>
    public string? DestinationIp { get; private set; }

    /// <summary>Alert: destination port.</summary>
    public int? DestinationPort { get; private set; }

    /// <summary>Alert: transport protocol.</summary>
    public string? Protocol { get; private set; }

    /// <summary>Alert: application protocol.</summary>
    public string? AppProtocol { get; private set; }

    /// <summary>Heartbeat: appliance uptime (for the uptime chart).</summary>
    public long? UptimeSeconds { get; private set; }

    /// <summary>The line as the appliance sent it.</summary>
    public string RawJson { get; private set; }

    /// <summary>
    /// Classifies a stored alert again (after vendor operations changed the mapping rules); returns the class it had when
    /// the class or kind changed, null when nothing changed or it is not an alert.
    /// </summary>
    public ThreatClass? Reclassify(ThreatClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        if (Kind != TelemetryKind.Alert || Signature is null)
        {
            return null;
        }

        var classification = classifier.Classify(new AlertFacts(Signature, Category, AlertMetadata.FromEveJson(RawJson), SignatureId));
        if (classification.Class == ThreatClass && classification.Kind == ThreatKind)
        {
            return null;
        }

        var previous = ThreatClass ?? Alerts.ThreatClass.Unclassified;
        ThreatClass = classification.Class;
        ThreatKind = classification.Kind;
        return previous;
    }

    /// <summary>Stores <paramref name="telemetry"/> as delivered in <paramref name="batchId"/>.</summary>
    public static SensorEvent From(TelemetryEvent telemetry, Guid batchId, ApplianceLink? link, DateTimeOffset ingestedAt, ThreatClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(classifier);
        var stored = new SensorEvent
        {
            EventId = telemetry.EventId,
            BatchId = batchId,
            ApplianceSerial = telemetry.ApplianceSerial.ToUpperInvariant(),
            ApplianceId = link?.ApplianceId,
            PartnerId = link?.PartnerId,
            ContractId = link?.ContractId,
            CustomerId = link?.CustomerId,
            Kind = telemetry.Kind,
            EveEventType = telemetry.EveEventType,
            ObservedAt = telemetry.ObservedAt,
            ReceivedAt = telemetry.ReceivedAt,
            IngestedAt = ingestedAt,
            RawJson = telemetry.RawJson,
            UptimeSeconds = telemetry.Heartbeat?.UptimeSeconds,
        };
        if (telemetry.Alert is { } alert)
        {
            var classification = classifier.Classify(new AlertFacts(alert.Signature, alert.Category, AlertMetadata.FromEveJson(telemetry.RawJson), alert.SignatureId));
            stored.SignatureId = alert.SignatureId;
            stored.Signature = alert.Signature;
            stored.Category = alert.Category;
            stored.Severity = ThreatClassifier.SeverityOf(alert.Severity);
            stored.ThreatClass = classification.Class;
            stored.ThreatKind = classification.Kind;
            stored.SourceIp = alert.SourceIp;
            stored.SourcePort = alert.SourcePort;
            stored.DestinationIp = alert.DestinationIp;
            stored.DestinationPort = alert.DestinationPort;
            stored.Protocol = alert.Protocol;
            stored.AppProtocol = alert.AppProtocol;
        }
        else if (telemetry.Kind == TelemetryKind.Other && EveAddresses.From(telemetry.RawJson) is { } addresses)
        {
            // Flows and protocol records: their addresses show the networks the appliance carries (the sheet comparison).
            stored.SourceIp = addresses.Source;
            stored.DestinationIp = addresses.Destination;
        }

        return stored;
    }
}
