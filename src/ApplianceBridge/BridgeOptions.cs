using System.ComponentModel.DataAnnotations;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge;

// What appliances may send that the bridge has no typed payload for (flow, dns, http, tls, …).
internal enum OtherEventTypeRule
{
    // Kept as TelemetryKind.Other with the raw line: the desk can still read it at the hub.
    Keep,

    // Answered as skipped (counted, not an error) and not spooled: saves spool space and hub storage.
    Skip,
}

// Settings of the bridge, bound from the "ApplianceBridge" section and validated at start-up
// (appsettings.sample.json explains each one).
internal sealed class BridgeOptions : IValidatableObject
{
    public const string Section = "ApplianceBridge";

    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string BridgeId { get; set; } = "bridge-1";

    [Required]
    public Uri? HubUrl { get; set; }

    [Required]
    [MinLength(16)]
    public string HubApiKey { get; set; } = "";

    [Required]
    public string SpoolPath { get; set; } = "spool/bridge-spool.db";

    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    // The hub's Devices:Ingest:MaxRawJsonLength: a longer line is refused to its appliance instead of breaking a batch.
    [Range(256, 1_048_576)]
    public int MaxRawJsonLength { get; set; } = TelemetryEventRules.DefaultMaxRawJsonLength;

    // Bearer key for GET /metrics and /quarantine; unset or empty = both answer 403.
    public string? MonitoringApiKey { get; set; }

    [Range(1, long.MaxValue)]
    public long MaxSpoolEvents { get; set; } = 5_000_000;

    [Range(1024 * 1024, long.MaxValue)]
    public long MaxSpoolBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    [Range(1, 86_400)]
    public int ClockSkewSeconds { get; set; } = 300;

    [Range(0, 7 * 24 * 60)]
    public int DuplicateWindowMinutes { get; set; } = 15;

    [Range(1, 100_000)]
    public int RateLimitRequestsPerSecond { get; set; } = 20;

    [Range(1, 100_000)]
    public int RateLimitBurst { get; set; } = 40;

    public OtherEventTypeRule OtherEventTypes { get; set; } = OtherEventTypeRule.Keep;

    // Always skipped, whatever OtherEventTypes says (e.g. "flow" on a busy network).
    public IList<string> SkipEventTypes { get; } = [];

    [Range(1, 50_000)]
    public int ForwardBatchSize { get; set; } = BridgeIngestContract.DefaultMaxEventsPerBatch;

    // Half the hub's default MaxRequestBytes: the JSON around the events and escaping stay well inside it.
    [Range(64 * 1024, 256L * 1024 * 1024)]
    public long ForwardBatchMaxBytes { get; set; } = BridgeIngestContract.DefaultMaxRequestBytes / 2;

    [Range(10, 60_000)]
    public int ForwardIntervalMilliseconds { get; set; } = 200;

    [Range(1, 600)]
    public int HubTimeoutSeconds { get; set; } = 30;

    [Range(1, 600_000)]
    public int BackoffInitialMilliseconds { get; set; } = 500;

    [Range(1, 3_600_000)]
    public int BackoffMaxMilliseconds { get; set; } = 60_000;

    [Range(1, 1000)]
    public int CircuitFailureThreshold { get; set; } = 5;

    [Range(1, 3600)]
    public int CircuitOpenSeconds { get; set; } = 30;

    [Range(1, 100)]
    public int DegradedSpoolPercent { get; set; } = 80;

    public IList<ApplianceCredential> Appliances { get; } = [];

    public string? AppliancesFile { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HubUrl is { IsAbsoluteUri: false } || (HubUrl is not null && HubUrl.Scheme != Uri.UriSchemeHttp && HubUrl.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("HubUrl must be an absolute http(s) URL.", [nameof(HubUrl)]);
        }

        if (BackoffMaxMilliseconds < BackoffInitialMilliseconds)
        {
            yield return new ValidationResult("BackoffMaxMilliseconds must not be below BackoffInitialMilliseconds.", [nameof(BackoffMaxMilliseconds)]);
        }

        if (MonitoringApiKey is { Length: > 0 and < 16 })
        {
            yield return new ValidationResult("MonitoringApiKey must have at least 16 characters (or be empty to turn /metrics and /quarantine off).", [nameof(MonitoringApiKey)]);
        }

        if (RateLimitBurst < RateLimitRequestsPerSecond)
        {
            yield return new ValidationResult("RateLimitBurst must be at least RateLimitRequestsPerSecond.", [nameof(RateLimitBurst)]);
        }

        if (Appliances.Count == 0 && string.IsNullOrWhiteSpace(AppliancesFile))
        {
            yield return new ValidationResult("Configure at least one appliance in Appliances or an AppliancesFile.", [nameof(Appliances)]);
        }

        foreach (ApplianceCredential credential in Appliances)
        {
            if (string.IsNullOrWhiteSpace(credential.Serial) || credential.Secret.Length < 16)
            {
                yield return new ValidationResult(
                    $"Appliance '{credential.Serial}' needs a serial and a secret of at least 16 characters.", [nameof(Appliances)]);
            }
        }

        if (!string.IsNullOrWhiteSpace(AppliancesFile) && !File.Exists(AppliancesFile))
        {
            yield return new ValidationResult($"AppliancesFile '{AppliancesFile}' does not exist.", [nameof(AppliancesFile)]);
        }
    }
}

internal sealed class ApplianceCredential
{
    public string Serial { get; set; } = "";

    public string Secret { get; set; } = "";
}
