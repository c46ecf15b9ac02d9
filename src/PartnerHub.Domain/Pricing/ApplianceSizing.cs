namespace PartnerHub.Domain.Pricing;

/// <summary>Which limit decided the number of appliances.</summary>
public enum SizingDriver
{
    /// <summary>One appliance suffices.</summary>
    Minimum,

    /// <summary>The endpoint count needs the most appliances.</summary>
    Endpoints,

    /// <summary>The monitored bandwidth needs the most appliances.</summary>
    Bandwidth,
}

/// <summary>
/// How many appliances a customer needs: max(⌈endpoints / limit⌉, ⌈bandwidth / limit⌉), at least one.
/// A customer above either limit of the model needs more appliances (004 別紙2 §2-4; 002 §5-8 tells the
/// customer to add a UTM and spread the devices).
/// </summary>
/// <param name="Model">The appliance model sized for.</param>
/// <param name="Units">Appliances needed.</param>
/// <param name="UnitsForEndpoints">Appliances the endpoint count alone needs.</param>
/// <param name="UnitsForBandwidth">Appliances the bandwidth alone needs (0 when the model has no bandwidth limit).</param>
/// <param name="Driver">Which limit decided <paramref name="Units"/>.</param>
public sealed record ApplianceSizing(ApplianceModel Model, int Units, int UnitsForEndpoints, int UnitsForBandwidth, SizingDriver Driver)
{
    /// <summary>Sizes <paramref name="model"/> for a network of <paramref name="endpoints"/> and <paramref name="bandwidthMbps"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    public static ApplianceSizing For(ApplianceModel model, int endpoints, long bandwidthMbps)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(endpoints);
        ArgumentOutOfRangeException.ThrowIfNegative(bandwidthMbps);

        int forEndpoints = (int)CeilingDivide(endpoints, model.MaxEndpoints);
        int forBandwidth = model.MaxBandwidthMbps is { } limit ? checked((int)CeilingDivide(bandwidthMbps, limit)) : 0;
        int units = Math.Max(1, Math.Max(forEndpoints, forBandwidth));
        SizingDriver driver = units == 1 ? SizingDriver.Minimum
            : forBandwidth > forEndpoints ? SizingDriver.Bandwidth
            : SizingDriver.Endpoints;
        return new ApplianceSizing(model, units, forEndpoints, forBandwidth, driver);
    }

    private static long CeilingDivide(long value, long divisor) => (value + divisor - 1) / divisor;
}
