using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.ScaleData;

/// <summary>
/// The row counts of one run: the issue's figures times the scale, or the explicit counts. The mixes spread a count over
/// every status so that even a tiny run has each one (a status with a small share still gets at least one row).
/// </summary>
public sealed record ScalePlan(int Partners, int Customers, int Contracts, int Appliances, int Events, int Cases, int Quotes, int TelemetryDays)
{
    /// <summary>New sales partners besides the three demo partners (the issue's figure; organisations are not volume).</summary>
    public const int NewPartners = 20;

    // Below these a status mix cannot give every status a row.
    public const int MinCustomers = 20;
    public const int MinContracts = 20;
    public const int MinAppliances = 12;
    public const int MinCases = 16;

    // A running service business: most contracts are active, a fifth have ended, a few are on their way. Kitting,
    // shipping and delivery last days, so few contracts stand there at any moment (and each has an appliance in motion).
    private static readonly (ContractStatus Status, double Share)[] s_contractMix =
    [
        (ContractStatus.Ordered, 0.020),
        (ContractStatus.ParameterSheet, 0.025),
        (ContractStatus.Kitting, 0.0012),
        (ContractStatus.Shipped, 0.0012),
        (ContractStatus.Delivered, 0.0012),
        (ContractStatus.Active, 0.6214),
        (ContractStatus.Ending, 0.060),
        (ContractStatus.Terminated, 0.160),
        (ContractStatus.Cancelled, 0.110),
    ];

    private static readonly (SupportCaseStatus Status, double Share)[] s_caseMix =
    [
        (SupportCaseStatus.Open, 0.06),
        (SupportCaseStatus.AnsweredByPartner, 0.22),
        (SupportCaseStatus.Escalated, 0.04),
        (SupportCaseStatus.InProgress, 0.08),
        (SupportCaseStatus.WaitingForCustomer, 0.04),
        (SupportCaseStatus.WaitingForPartner, 0.03),
        (SupportCaseStatus.Reported, 0.08),
        (SupportCaseStatus.Closed, 0.45),
    ];

    private static readonly (DeviceState State, double Share)[] s_healthMix =
    [
        (DeviceState.Online, 0.78),
        (DeviceState.Degraded, 0.08),
        (DeviceState.Silent, 0.06),
        (DeviceState.Offline, 0.08),
    ];

    public static ScalePlan For(ScaleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var plan = new ScalePlan(
            NewPartners,
            Count(options.Customers, 100_000, options.Scale, MinCustomers),
            Count(options.Contracts, 50_000, options.Scale, MinContracts),
            Count(options.Appliances, 2_000, options.Scale, MinAppliances),
            Count(options.Events, 2_000_000, options.Scale, 0),
            Count(options.Cases, 5_000, options.Scale, MinCases),
            Count(options.Quotes, 5_000, options.Scale, 0),
            options.TelemetryDays);
        if (plan.Customers < MinCustomers || plan.Contracts < MinContracts || plan.Appliances < MinAppliances || plan.Cases < MinCases)
        {
            throw new ArgumentException(
                $"Every status needs a row: at least {MinCustomers} customers, {MinContracts} contracts, {MinAppliances} appliances and {MinCases} cases.");
        }

        return plan;
    }

    public IReadOnlyDictionary<ContractStatus, int> ContractStatuses => Apportion(Contracts, s_contractMix);

    public IReadOnlyDictionary<SupportCaseStatus, int> CaseStatuses => Apportion(Cases, s_caseMix);

    /// <summary>The health states of <paramref name="reporting"/> appliances that send telemetry.</summary>
    public static IReadOnlyDictionary<DeviceState, int> HealthStates(int reporting) => Apportion(reporting, s_healthMix);

    /// <summary>
    /// Splits <paramref name="total"/> by the shares, at least one each when the total allows, the rest by largest
    /// remainder so the parts always add up to the total.
    /// </summary>
    public static IReadOnlyDictionary<T, int> Apportion<T>(int total, IReadOnlyList<(T Key, double Share)> mix)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(mix);
        int floor = total >= mix.Count ? 1 : 0;
        int rest = total - (floor * mix.Count);
        double sum = mix.Sum(m => m.Share);
        var exact = mix.Select(m => (m.Key, Value: rest * m.Share / sum)).ToList();
        var parts = exact.ToDictionary(e => e.Key, e => floor + (int)Math.Floor(e.Value));
        int left = total - parts.Values.Sum();
        foreach (var (key, _) in exact.OrderByDescending(e => e.Value - Math.Floor(e.Value)).Take(left))
        {
            parts[key]++;
        }

        return parts;
    }

    private static int Count(int? explicitCount, int issueFigure, double scale, int minimum) =>
        explicitCount ?? Math.Max(minimum, (int)Math.Round(issueFigure * scale, MidpointRounding.AwayFromZero));
}
