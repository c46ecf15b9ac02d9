using System.Text.Json.Serialization;

namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>What a telemetry event reports. Serialized as its name ("heartbeat", "captureStats", "alert", "other").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TelemetryKind>))]
public enum TelemetryKind
{
    /// <summary>The appliance's own health record: CPU, memory, disk, uptime and software version.</summary>
    [JsonStringEnumMemberName("heartbeat")]
    Heartbeat,

    /// <summary>A Suricata EVE <c>stats</c> record: packets captured and dropped by the kernel, uptime.</summary>
    [JsonStringEnumMemberName("captureStats")]
    CaptureStats,

    /// <summary>A Suricata EVE <c>alert</c> record: a signature matched traffic.</summary>
    [JsonStringEnumMemberName("alert")]
    Alert,

    /// <summary>Any other EVE record (flow, dns, http, tls…) kept as raw JSON only.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
