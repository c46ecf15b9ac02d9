using System.Text.Json.Serialization;

namespace ApplianceBridge.Ingest;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IngestResponse))]
[JsonSerializable(typeof(IngestError))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;
