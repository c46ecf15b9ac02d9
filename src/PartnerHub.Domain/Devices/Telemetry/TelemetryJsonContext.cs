using System.Text.Json.Serialization;

namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// Source-generated System.Text.Json metadata for the wire records: camelCase properties, enums as camelCase strings,
/// null values omitted. Both the bridge and the hub serialize with <see cref="JsonSerializerContext"/> options from here so
/// the wire format cannot drift.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TelemetryBatch))]
[JsonSerializable(typeof(TelemetryEvent))]
[JsonSerializable(typeof(BatchIngestResponse))]
public sealed partial class TelemetryJsonContext : JsonSerializerContext;
