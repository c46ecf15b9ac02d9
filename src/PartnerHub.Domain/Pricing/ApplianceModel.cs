namespace PartnerHub.Domain.Pricing;

/// <summary>
/// A sensor or UTM appliance model and its capacity. Limits are per model, not constants: the 004 sensor
/// monitors up to 1 Gbps and about 1,000 endpoints (004 別紙2 §2-4-①②); the 002 UTM takes about 100 devices
/// (002 §5-8) and states no bandwidth limit.
/// </summary>
public sealed record ApplianceModel
{
    /// <summary>Creates a model; limits must be positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public ApplianceModel(string code, int maxEndpoints, long? maxBandwidthMbps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEndpoints);
        if (maxBandwidthMbps is { } bandwidth)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bandwidth, nameof(maxBandwidthMbps));
        }

        Code = code;
        MaxEndpoints = maxEndpoints;
        MaxBandwidthMbps = maxBandwidthMbps;
    }

    /// <summary>The 004 sensor appliance (CTS hardware): 1,000 endpoints, 1 Gbps (004 別紙2 §2-4).</summary>
    public static ApplianceModel CyberThreatSensor { get; } = new("CTS", 1000, 1000);

    /// <summary>The 002 UTM: about 100 connected devices (002 §5-8), no stated bandwidth limit.</summary>
    public static ApplianceModel ChamberUtm { get; } = new("UTM-002", 100, null);

    /// <summary>Model code.</summary>
    public string Code { get; }

    /// <summary>Monitored endpoints one appliance handles (a guideline in the terms, treated as a hard limit for sizing).</summary>
    public int MaxEndpoints { get; }

    /// <summary>Monitored bandwidth one appliance handles, in Mbps; null when the model has no stated limit.</summary>
    public long? MaxBandwidthMbps { get; }
}
