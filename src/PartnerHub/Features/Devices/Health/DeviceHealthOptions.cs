using System.ComponentModel.DataAnnotations;
using PartnerHub.Domain.Devices.Health;

namespace PartnerHub.Features.Devices.Health;

/// <summary>Device health settings (section <c>Devices:Health</c>).</summary>
public sealed class DeviceHealthOptions
{
    public const string Section = "Devices:Health";

    /// <summary>Minutes without any record received (by the bridge's receipt time) after which an appliance is offline.</summary>
    [Range(1, 1440)]
    public int OfflineAfterMinutes { get; set; } = 10;

    /// <summary>Minutes without captured packets (while reporting) after which a sensor is silent.</summary>
    [Range(1, 1440)]
    public int SilentAfterMinutes { get; set; } = 30;

    /// <summary>Capture drop rate, in percent of packets offered, at which an appliance is degraded.</summary>
    [Range(0.1, 100)]
    public double DropRateWarningPercent { get; set; } = 5;

    /// <summary>Hours a restart stays flagged on the board.</summary>
    [Range(1, 720)]
    public int RestartWindowHours { get; set; } = 24;

    /// <summary>Minutes an appliance's clock may differ from the bridge's (median of record time minus receipt time) before
    /// the board flags it.</summary>
    [Range(1, 525_600)]
    public int ClockSkewWarningMinutes { get; set; } = 5;

    /// <summary>How often states are evaluated (offline can only be noticed by a clock), in seconds.</summary>
    [Range(5, 3600)]
    public int EvaluateEverySeconds { get; set; } = 30;

    /// <summary>Least time between two notifications about one appliance, in minutes (flapping links must not flood inboxes).</summary>
    [Range(0, 10080)]
    public int NotifyMinimumIntervalMinutes { get; set; } = 60;

    public DeviceHealthPolicy ToPolicy() => new(
        TimeSpan.FromMinutes(OfflineAfterMinutes), TimeSpan.FromMinutes(SilentAfterMinutes), DropRateWarningPercent, TimeSpan.FromHours(RestartWindowHours),
        TimeSpan.FromMinutes(ClockSkewWarningMinutes));
}
