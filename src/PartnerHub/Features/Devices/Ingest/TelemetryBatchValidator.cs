using System.Globalization;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Telemetry;

namespace PartnerHub.Features.Devices.Ingest;

/// <summary>
/// Checks a batch before anything is stored. The bridge has already parsed and authenticated every line, so a problem
/// here means a bridge bug or a forged request: the whole batch is refused (422) and the bridge quarantines it, rather
/// than storing half of it.
/// </summary>
public static class TelemetryBatchValidator
{
    /// <summary>The first problem found, or null when the batch can be stored.</summary>
    public static string? Problem(TelemetryBatch batch, int maxRawJsonLength)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.BatchId == Guid.Empty)
        {
            return "batchId is required.";
        }

        if (string.IsNullOrWhiteSpace(batch.BridgeId) || batch.BridgeId.Length > SensorEventLimits.Serial)
        {
            return string.Create(CultureInfo.InvariantCulture, $"bridgeId is required (up to {SensorEventLimits.Serial} characters).");
        }

        if (batch.Events is null)
        {
            return "events is required.";
        }

        for (int i = 0; i < batch.Events.Count; i++)
        {
            if (EventProblem(batch.Events[i], maxRawJsonLength) is { } problem)
            {
                return string.Create(CultureInfo.InvariantCulture, $"events[{i}]: {problem}");
            }
        }

        return null;
    }

    private static string? EventProblem(TelemetryEvent? e, int maxRawJsonLength)
    {
        if (e is null)
        {
            return "null event.";
        }

        if (e.EventId is not { Length: TelemetryEventId.Length } || !e.EventId.All(char.IsAsciiHexDigitLower))
        {
            return "eventId must be 32 lowercase hex digits.";
        }

        if (string.IsNullOrWhiteSpace(e.ApplianceSerial) || e.ApplianceSerial.Length > SensorEventLimits.Serial)
        {
            return string.Create(CultureInfo.InvariantCulture, $"applianceSerial is required (up to {SensorEventLimits.Serial} characters).");
        }

        if (e.ObservedAt == default || e.ReceivedAt == default)
        {
            return "observedAt and receivedAt are required.";
        }

        if (string.IsNullOrEmpty(e.RawJson) || e.RawJson.Length > maxRawJsonLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"rawJson is required (up to {maxRawJsonLength} characters).");
        }

        if (string.IsNullOrEmpty(e.EveEventType) || e.EveEventType.Length > SensorEventLimits.EventType)
        {
            return string.Create(CultureInfo.InvariantCulture, $"eveEventType is required (up to {SensorEventLimits.EventType} characters).");
        }

        return (e.Kind, e.Heartbeat, e.CaptureStats, e.Alert) switch
        {
            (TelemetryKind.Heartbeat, not null, null, null) => null,
            (TelemetryKind.CaptureStats, null, not null, null) => null,
            (TelemetryKind.Alert, null, null, { Signature: not null } alert) => AlertProblem(alert),
            (TelemetryKind.Other, null, null, null) => null,
            _ => "exactly the payload matching kind must be present.",
        };
    }

    // The SensorEvents column sizes (SensorEventLimits, also used by Data/Configurations/Devices). A longer value is refused here (422, quarantined by
    // the bridge) rather than failing the store with a 500, which the bridge would retry forever, oldest batch first,
    // holding up everything behind it; an unbounded signature also ran the threat classifier into its regex timeout.
    private static string? AlertProblem(AlertPayload alert) =>
        TooLong(alert.Signature, SensorEventLimits.Signature, "alert.signature")
        ?? TooLong(alert.Category, SensorEventLimits.Category, "alert.category")
        ?? TooLong(alert.SourceIp, SensorEventLimits.IpAddress, "alert.sourceIp")
        ?? TooLong(alert.DestinationIp, SensorEventLimits.IpAddress, "alert.destinationIp")
        ?? TooLong(alert.Protocol, SensorEventLimits.Protocol, "alert.protocol")
        ?? TooLong(alert.AppProtocol, SensorEventLimits.AppProtocol, "alert.appProtocol");

    private static string? TooLong(string? value, int max, string name) =>
        value?.Length > max ? string.Create(CultureInfo.InvariantCulture, $"{name} is longer than {max} characters.") : null;
}
