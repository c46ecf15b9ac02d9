using System.ComponentModel.DataAnnotations;
using PartnerHub.Domain.Devices.Telemetry;

namespace PartnerHub.Features.Devices.Ingest;

/// <summary>Settings of the bridge ingest API (section <c>Devices:Ingest</c>).</summary>
public sealed class BridgeIngestOptions : IValidatableObject
{
    public const string Section = "Devices:Ingest";

    /// <summary>Bridges allowed to deliver, each with the API key it sends as a Bearer token.</summary>
    public List<BridgeCredential> Bridges { get; set; } = [];

    /// <summary>Most events accepted in one batch; larger batches get 413.</summary>
    [Range(1, 100_000)]
    public int MaxEventsPerBatch { get; set; } = BridgeIngestContract.DefaultMaxEventsPerBatch;

    /// <summary>Largest request body, in bytes; larger bodies get 413.</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = BridgeIngestContract.DefaultMaxRequestBytes;

    /// <summary>Longest raw event line kept, in characters; a longer one rejects the batch with 422.</summary>
    [Range(256, 1_048_576)]
    public int MaxRawJsonLength { get; set; } = TelemetryEventRules.DefaultMaxRawJsonLength;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var bridge in Bridges)
        {
            if (string.IsNullOrWhiteSpace(bridge.BridgeId) || bridge.ApiKey.Length < 16)
            {
                yield return new ValidationResult($"{Section}:Bridges: every bridge needs a BridgeId and an ApiKey of at least 16 characters.", [nameof(Bridges)]);
            }
        }
    }
}

/// <summary>One bridge's credential.</summary>
public sealed class BridgeCredential
{
    /// <summary>The bridge's name (its <c>BridgeId</c> setting).</summary>
    public string BridgeId { get; set; } = "";

    /// <summary>The key it sends as <c>Authorization: Bearer</c>.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>
    /// Serials of the appliances this bridge serves (case-insensitive, as appliances are registered); an entry ending in
    /// <c>*</c> matches serials starting with the rest. Events of other appliances are refused and logged. Empty = none.
    /// </summary>
    public List<string> Appliances { get; set; } = [];

    /// <summary>Whether this bridge may deliver events of <paramref name="serial"/>.</summary>
    public bool Serves(string serial) => Appliances.Exists(pattern => pattern.EndsWith('*')
        ? serial.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
        : string.Equals(serial, pattern, StringComparison.OrdinalIgnoreCase));
}
