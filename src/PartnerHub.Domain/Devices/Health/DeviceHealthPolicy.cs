namespace PartnerHub.Domain.Devices.Health;

/// <summary>
/// Thresholds that turn telemetry into a device state. Heartbeats come every few seconds to a minute, so the silences are
/// minutes; they are settings (Devices:Health in appsettings) because sites with poor links need more patience.
/// </summary>
/// <param name="OfflineAfter">No record received at all for this long → <see cref="DeviceState.Offline"/>.</param>
/// <param name="SilentAfter">Reporting, but no captured packets for this long → <see cref="DeviceState.Silent"/>.</param>
/// <param name="DropRateWarningPercent">Capture drop rate (percent of packets offered) at which the device is degraded.</param>
/// <param name="RestartWindow">A restart within this window is shown as <see cref="DeviceIssues.RecentRestart"/>.</param>
/// <param name="ClockSkewWarning">An appliance clock further than this from the bridge's is shown as <see cref="DeviceIssues.ClockSkew"/>.</param>
public sealed record DeviceHealthPolicy(TimeSpan OfflineAfter, TimeSpan SilentAfter, double DropRateWarningPercent, TimeSpan RestartWindow, TimeSpan ClockSkewWarning)
{
    /// <summary>10 minutes offline, 30 minutes silent, 5 % drops, restarts shown for 24 hours, clocks 5 minutes apart flagged.</summary>
    public static DeviceHealthPolicy Default { get; } = new(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), 5.0, TimeSpan.FromHours(24), TimeSpan.FromMinutes(5));
}
