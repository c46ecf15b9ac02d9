using System.Text.Json;

namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// The top-level <c>src_ip</c> and <c>dest_ip</c> of an EVE record other than an alert (flow, netflow, dns, http, tls…).
/// Every Suricata record about traffic carries them, so the sheet comparison sees the networks an appliance carries even
/// when nothing alerts. Outside data is messy: a missing, empty, non-string or over-long value is null, and a line that is
/// not a JSON object gives nothing; nothing here throws.
/// </summary>
/// <param name="Source">The record's <c>src_ip</c> as sent, or null.</param>
/// <param name="Destination">The record's <c>dest_ip</c> as sent, or null.</param>
public sealed record EveAddresses(string? Source, string? Destination)
{
    /// <summary>The addresses of <paramref name="rawJson"/>, or null when it names neither.</summary>
    public static EveAddresses? From(string? rawJson)
    {
        if (string.IsNullOrWhiteSpace(rawJson))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(rawJson, new JsonDocumentOptions { MaxDepth = 32 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? source = Text(document.RootElement, "src_ip");
            string? destination = Text(document.RootElement, "dest_ip");
            return source is null && destination is null ? null : new EveAddresses(source, destination);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 and <= SensorEventLimits.IpAddress } text
            ? text.Trim()
            : null;
}
