using System.Globalization;

namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// What the hub stores of one event: its field sizes (<see cref="SensorEventLimits"/>, the SensorEvents columns) and
/// shape. The hub refuses a batch holding an event that breaks them (422); ApplianceBridge applies the same rules to
/// every line before spooling it, so a malformed line is refused to its own appliance and never reaches a shared batch.
/// </summary>
public static class TelemetryEventRules
{
    /// <summary>Default of the longest raw event line kept, in characters (hub <c>Devices:Ingest:MaxRawJsonLength</c>,
    /// bridge <c>ApplianceBridge:MaxRawJsonLength</c>).</summary>
    public const int DefaultMaxRawJsonLength = 65_536;

    /// <summary>The first problem of <paramref name="e"/>, or null when the hub can store it.</summary>
    /// <param name="e">The event as sent to the hub.</param>
    /// <param name="maxRawJsonLength">Longest <see cref="TelemetryEvent.RawJson"/> kept, in characters.</param>
    /// <returns>A sentence naming the field and its limit, or null.</returns>
    public static string? Problem(TelemetryEvent? e, int maxRawJsonLength)
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

    // A longer value would fail the store with a 500, which the bridge retries forever, oldest batch first, holding up
    // everything behind it; an unbounded signature also ran the threat classifier into its regex timeout.
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
