namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// The appliance's heartbeat (a record of ours, <c>event_type: "heartbeat"</c>). Percentages are 0–100; a value the
/// appliance did not report is null.
/// </summary>
/// <param name="CpuPercent">CPU utilisation in percent.</param>
/// <param name="MemoryPercent">Memory utilisation in percent.</param>
/// <param name="DiskPercent">Disk utilisation in percent.</param>
/// <param name="UptimeSeconds">Seconds since the appliance booted; a drop means it restarted.</param>
/// <param name="SoftwareVersion">Sensor software version string as the appliance reports it.</param>
/// <param name="MonitoredEndpoints">Distinct internal hosts the sensor saw in its last window (<c>heartbeat.endpoints</c>),
/// compared with the model's endpoint limit (004 別紙2 §2-4); null when not reported.</param>
public sealed record HeartbeatPayload(
    double? CpuPercent,
    double? MemoryPercent,
    double? DiskPercent,
    long? UptimeSeconds,
    string? SoftwareVersion,
    long? MonitoredEndpoints = null);
