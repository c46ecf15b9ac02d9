using System.Text.Json;

namespace PartnerHub.Domain.Devices.Alerts;

/// <summary>
/// A Suricata alert's <c>alert.metadata</c>: the rule's <c>metadata:</c> keywords as EVE writes them, each key with a
/// list of values (<c>{"malware_family":["Emotet"],"attack_target":["Client_Endpoint"],"former_category":["MALWARE"]}</c>).
/// Keys are compared case-insensitively; values keep the rule's spelling.
/// </summary>
public sealed class AlertMetadata
{
    private readonly Dictionary<string, string[]> _values;

    private AlertMetadata(Dictionary<string, string[]> values) => _values = values;

    /// <summary>No metadata (older rule sets, local rules, or EVE's metadata output turned off).</summary>
    public static AlertMetadata Empty { get; } = new(new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Builds metadata from key/value pairs (tests, hand-written rules).</summary>
    public static AlertMetadata Of(params (string Key, string Value)[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return new AlertMetadata(pairs.GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Reads <c>alert.metadata</c> from a raw EVE line; <see cref="Empty"/> when absent or not in the expected shape.</summary>
    public static AlertMetadata FromEveJson(string? rawJson)
    {
        if (string.IsNullOrEmpty(rawJson))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(rawJson, new JsonDocumentOptions { MaxDepth = 32 });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("alert", out var alert) || alert.ValueKind != JsonValueKind.Object
                || !alert.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in metadata.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Array => property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray(),
                    JsonValueKind.String => [property.Value.GetString()!],
                    _ => [],
                };
            }

            return new AlertMetadata(values);
        }
        catch (JsonException)
        {
            // The stored line was accepted by the bridge as JSON; a line that is not is simply without metadata.
            return Empty;
        }
    }

    /// <summary>The values of <paramref name="key"/>, empty when absent.</summary>
    public IReadOnlyList<string> this[string key] => _values.TryGetValue(key, out var values) ? values : [];

    /// <summary>Whether <paramref name="key"/> has <paramref name="value"/> (case-insensitive).</summary>
    public bool Has(string key, string value) => this[key].Contains(value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="key"/> has any value.</summary>
    public bool Has(string key) => this[key].Count > 0;
}
