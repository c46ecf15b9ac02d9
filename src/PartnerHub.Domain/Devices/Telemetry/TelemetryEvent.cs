namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// One sensor event as the bridge forwards it: one NDJSON line an appliance sent, parsed. Exactly the payload that
/// matches <see cref="Kind"/> is set (none for <see cref="TelemetryKind.Other"/>); <see cref="RawJson"/> always holds
/// the line as received, which the desk and vendor may see and customers may not (004 別紙3 §1-3-③).
/// </summary>
/// <param name="EventId">Stable id from <see cref="TelemetryEventId.Derive(string, ReadOnlySpan{byte})"/>: the same line
/// from the same appliance always has the same id, so the hub stores it at most once.</param>
/// <param name="ApplianceSerial">Serial of the appliance that sent the line (authenticated by the bridge).</param>
/// <param name="ObservedAt">When the sensor observed it (EVE <c>timestamp</c>); the bridge's receive time if absent.</param>
/// <param name="ReceivedAt">When the bridge accepted it.</param>
/// <param name="Kind">What the event reports.</param>
/// <param name="Heartbeat">Set when <see cref="Kind"/> is <see cref="TelemetryKind.Heartbeat"/>.</param>
/// <param name="CaptureStats">Set when <see cref="Kind"/> is <see cref="TelemetryKind.CaptureStats"/>.</param>
/// <param name="Alert">Set when <see cref="Kind"/> is <see cref="TelemetryKind.Alert"/>.</param>
/// <param name="EveEventType">The line's <c>event_type</c> as sent (e.g. "flow" for <see cref="TelemetryKind.Other"/>).</param>
/// <param name="RawJson">The line exactly as the appliance sent it (UTF-8 JSON object, no trailing newline).</param>
public sealed record TelemetryEvent(
    string EventId,
    string ApplianceSerial,
    DateTimeOffset ObservedAt,
    DateTimeOffset ReceivedAt,
    TelemetryKind Kind,
    HeartbeatPayload? Heartbeat,
    CaptureStatsPayload? CaptureStats,
    AlertPayload? Alert,
    string EveEventType,
    string RawJson);
