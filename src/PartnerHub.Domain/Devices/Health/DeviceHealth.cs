using PartnerHub.Domain.Common;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Devices.Health;

/// <summary>
/// The running picture of one appliance built from its telemetry: last seen, resource use, capture counters and the
/// rates derived from them, restarts, clock skew and the state last announced. Events may arrive late or twice (a bridge
/// resends after an outage); each reading only moves the counters forward in observed time, so order of arrival does not
/// matter. Whether the appliance is alive is judged by when the bridge received its records (receipt time), never by the
/// records' own timestamps: an appliance whose clock is months behind, or that replays buffered records, is still
/// reporting now.
/// </summary>
public sealed class DeviceHealth : IVersioned
{
    private const double BitsPerMegabit = 1_000_000d;

    private static readonly TimeSpan SameRestartWindow = TimeSpan.FromMinutes(10);

    /// <summary>Starts the picture of an appliance that has just reported for the first time.</summary>
    public DeviceHealth(Guid applianceId, string serialNumber, string modelCode)
    {
        ApplianceId = applianceId;
        SerialNumber = serialNumber;
        ModelCode = modelCode;
        State = DeviceState.NeverSeen;
    }

    private DeviceHealth()
    {
        SerialNumber = ModelCode = string.Empty;
    }

    /// <summary>The appliance.</summary>
    public Guid ApplianceId { get; private set; }

    /// <summary>Its serial number.</summary>
    public string SerialNumber { get; private set; }

    /// <summary>Its model code (limits come from the model).</summary>
    public string ModelCode { get; private set; }

    /// <summary>The partner whose contract it serves now (tenant visibility); null while in stock.</summary>
    public Guid? PartnerId { get; private set; }

    /// <summary>The contract it serves now.</summary>
    public Guid? ContractId { get; private set; }

    /// <summary>The customer of that contract.</summary>
    public Guid? CustomerId { get; private set; }

    /// <summary>When the bridge received the appliance's first record.</summary>
    public DateTimeOffset? FirstSeenAt { get; private set; }

    /// <summary>When the bridge received the appliance's latest record of any kind (alert, flow, dns, stats, heartbeat…).</summary>
    public DateTimeOffset? LastSeenAt { get; private set; }

    /// <summary>The appliance's clock against the bridge's, in seconds: median of record time minus receipt time over
    /// the latest batch (negative = the appliance's clock is behind, or it is sending buffered records).</summary>
    public double? ClockSkewSeconds { get; private set; }

    /// <summary>Latest heartbeat.</summary>
    public DateTimeOffset? LastHeartbeatAt { get; private set; }

    /// <summary>CPU use at the latest heartbeat, percent.</summary>
    public double? CpuPercent { get; private set; }

    /// <summary>Memory use at the latest heartbeat, percent.</summary>
    public double? MemoryPercent { get; private set; }

    /// <summary>Disk use at the latest heartbeat, percent.</summary>
    public double? DiskPercent { get; private set; }

    /// <summary>Appliance uptime at the latest heartbeat.</summary>
    public long? UptimeSeconds { get; private set; }

    /// <summary>Sensor software version at the latest heartbeat.</summary>
    public string? SoftwareVersion { get; private set; }

    /// <summary>Monitored endpoints at the latest heartbeat that reported them.</summary>
    public long? MonitoredEndpoints { get; private set; }

    /// <summary>Restarts seen (appliance uptime or sensor uptime went backwards).</summary>
    public int RestartCount { get; private set; }

    /// <summary>When the record revealing the latest restart was received.</summary>
    public DateTimeOffset? LastRestartAt { get; private set; }

    /// <summary>Latest capture statistics record.</summary>
    public DateTimeOffset? LastStatsAt { get; private set; }

    /// <summary>Cumulative kernel packets at <see cref="LastStatsAt"/> (decoded packets when the sensor reports no capture section).</summary>
    public long? KernelPackets { get; private set; }

    /// <summary>Cumulative kernel drops at <see cref="LastStatsAt"/>.</summary>
    public long? KernelDrops { get; private set; }

    /// <summary>Cumulative decoded bytes at <see cref="LastStatsAt"/>.</summary>
    public long? DecodedBytes { get; private set; }

    /// <summary>Sensor uptime at <see cref="LastStatsAt"/>.</summary>
    public long? SensorUptimeSeconds { get; private set; }

    /// <summary>Drops as a percentage of packets offered (captured + dropped) between the last two statistics records.</summary>
    public double? DropRatePercent { get; private set; }

    /// <summary>Monitored bandwidth between the last two statistics records, in Mbps.</summary>
    public double? BandwidthMbps { get; private set; }

    /// <summary>Receipt of the latest record showing captured traffic: a statistics record with packets, or any
    /// traffic record (alert, flow, dns, http, tls…).</summary>
    public DateTimeOffset? LastTrafficAt { get; private set; }

    /// <summary>Receipt of the latest alert.</summary>
    public DateTimeOffset? LastAlertAt { get; private set; }

    /// <summary>The state last evaluated and announced.</summary>
    public DeviceState State { get; private set; }

    /// <summary>Issues last evaluated.</summary>
    public DeviceIssues Issues { get; private set; }

    /// <summary>Since when <see cref="State"/> holds.</summary>
    public DateTimeOffset? StateSince { get; private set; }

    /// <summary>When a state change was last notified (notifications are rate-limited).</summary>
    public DateTimeOffset? LastNotifiedAt { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>Follows the appliance to the contract it serves now (allocation can change between events).</summary>
    public void AssignTo(Guid? partnerId, Guid? contractId, Guid? customerId, string modelCode)
    {
        PartnerId = partnerId;
        ContractId = contractId;
        CustomerId = customerId;
        ModelCode = modelCode;
    }

    /// <summary>Folds one event into the picture; returns true when it revealed a restart.</summary>
    public bool Observe(TelemetryEvent telemetry)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        var at = telemetry.ObservedAt;
        var received = telemetry.ReceivedAt;
        FirstSeenAt = Earliest(FirstSeenAt, received);
        LastSeenAt = Latest(LastSeenAt, received);
        return telemetry.Kind switch
        {
            TelemetryKind.Heartbeat when telemetry.Heartbeat is { } heartbeat => ObserveHeartbeat(at, received, heartbeat),
            TelemetryKind.CaptureStats when telemetry.CaptureStats is { } stats => ObserveStats(at, received, stats),
            TelemetryKind.Alert => ObserveAlert(received),
            // Flows, DNS, HTTP, TLS… are written only when the sensor captured traffic.
            TelemetryKind.Other => ObserveTraffic(received),
            _ => false,
        };
    }

    /// <summary>
    /// Measures the appliance's clock from a batch of its records: the median of record time minus receipt time, so a
    /// few late or replayed records do not move it.
    /// </summary>
    public void MeasureClockSkew(IReadOnlyCollection<TelemetryEvent> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        var skews = records.Select(r => (r.ObservedAt - r.ReceivedAt).TotalSeconds).Order().ToArray();
        int middle = skews.Length / 2;
        double median = skews.Length % 2 == 1 ? skews[middle] : (skews[middle - 1] + skews[middle]) / 2;
        ClockSkewSeconds = Math.Round(median, 1);
    }

    /// <summary>Evaluates the state at <paramref name="now"/>; <paramref name="requiredVersion"/> is the model's minimum
    /// software version in force, if any.</summary>
    public DeviceHealthAssessment Assess(DateTimeOffset now, DeviceHealthPolicy policy, ApplianceModel model, SensorSoftwareVersion? requiredVersion = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(model);
        var issues = DeviceIssues.None;
        if (LastRestartAt is { } restart && now - restart <= policy.RestartWindow)
        {
            issues |= DeviceIssues.RecentRestart;
        }

        if (LastSeenAt is not { } lastSeen)
        {
            return new DeviceHealthAssessment(DeviceState.NeverSeen, issues);
        }

        if (now - lastSeen > policy.OfflineAfter)
        {
            return new DeviceHealthAssessment(DeviceState.Offline, issues);
        }

        // A newly connected appliance gets the same grace before it counts as silent.
        if (now - (LastTrafficAt ?? FirstSeenAt ?? lastSeen) > policy.SilentAfter)
        {
            return new DeviceHealthAssessment(DeviceState.Silent, issues);
        }

        if (DropRatePercent >= policy.DropRateWarningPercent)
        {
            issues |= DeviceIssues.HighDropRate;
        }

        if (model.MaxBandwidthMbps is { } maxMbps && BandwidthMbps > maxMbps)
        {
            issues |= DeviceIssues.OverBandwidth;
        }

        if (MonitoredEndpoints > model.MaxEndpoints)
        {
            issues |= DeviceIssues.OverEndpoints;
        }

        if (ClockSkewSeconds is { } skew && Math.Abs(skew) > policy.ClockSkewWarning.TotalSeconds)
        {
            issues |= DeviceIssues.ClockSkew;
        }

        issues |= SensorSoftwareVersion.Check(SoftwareVersion, requiredVersion) switch
        {
            SoftwareVersionCheck.Below => DeviceIssues.OutdatedSoftware,
            SoftwareVersionCheck.Unknown => DeviceIssues.SoftwareVersionUnknown,
            SoftwareVersionCheck.NoRequirement or SoftwareVersionCheck.Meets => DeviceIssues.None,
        };

        bool degraded = (issues & (DeviceIssues.HighDropRate | DeviceIssues.OverBandwidth | DeviceIssues.OverEndpoints)) != 0;
        return new DeviceHealthAssessment(degraded ? DeviceState.Degraded : DeviceState.Online, issues);
    }

    /// <summary>Records a newly evaluated state; returns the previous one when it changed.</summary>
    public DeviceState? ChangeState(DeviceHealthAssessment assessment, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Issues = assessment.Issues;
        if (assessment.State == State)
        {
            return null;
        }

        var previous = State;
        State = assessment.State;
        StateSince = at;
        return previous;
    }

    /// <summary>Whether a notification may go out now (at most one per <paramref name="minimumInterval"/>).</summary>
    public bool TryMarkNotified(DateTimeOffset at, TimeSpan minimumInterval)
    {
        if (LastNotifiedAt is { } last && at - last < minimumInterval)
        {
            return false;
        }

        LastNotifiedAt = at;
        return true;
    }

    private bool ObserveHeartbeat(DateTimeOffset at, DateTimeOffset received, HeartbeatPayload heartbeat)
    {
        if (LastHeartbeatAt is { } previousAt && at <= previousAt)
        {
            return false;
        }

        bool restarted = heartbeat.UptimeSeconds < UptimeSeconds;
        LastHeartbeatAt = at;
        CpuPercent = heartbeat.CpuPercent;
        MemoryPercent = heartbeat.MemoryPercent;
        DiskPercent = heartbeat.DiskPercent;
        UptimeSeconds = heartbeat.UptimeSeconds ?? UptimeSeconds;
        SoftwareVersion = heartbeat.SoftwareVersion ?? SoftwareVersion;
        MonitoredEndpoints = heartbeat.MonitoredEndpoints ?? MonitoredEndpoints;
        return restarted && NoteRestart(received);
    }

    private bool ObserveStats(DateTimeOffset at, DateTimeOffset received, CaptureStatsPayload stats)
    {
        if (LastStatsAt is { } previousAt && at <= previousAt)
        {
            return false;
        }

        // Counters are cumulative since the sensor started; smaller values mean it restarted and counts from zero. Without
        // a capture section (pcap mode) the decoder's packet counter is the only one there is.
        long? captured = stats.KernelPackets ?? stats.DecoderPackets;
        bool reset = stats.UptimeSeconds < SensorUptimeSeconds || captured < KernelPackets;
        if (LastStatsAt is { } since && !reset)
        {
            double seconds = (at - since).TotalSeconds;
            long packets = Delta(captured, KernelPackets);
            long drops = Delta(stats.KernelDrops, KernelDrops);
            long bytes = Delta(stats.Bytes, DecodedBytes);
            // AF_PACKET counts a dropped packet only in kernel_drops: the packets offered are captured + dropped.
            DropRatePercent = stats.KernelDrops is not null && packets + drops > 0 ? Math.Round(100d * drops / (packets + drops), 2) : DropRatePercent;
            BandwidthMbps = seconds > 0 && stats.Bytes is not null ? Math.Round(bytes * 8d / seconds / BitsPerMegabit, 1) : BandwidthMbps;
            if (packets > 0)
            {
                ObserveTraffic(received);
            }
        }
        else if (captured > 0)
        {
            ObserveTraffic(received);
        }

        LastStatsAt = at;
        KernelPackets = captured ?? KernelPackets;
        KernelDrops = stats.KernelDrops ?? KernelDrops;
        DecodedBytes = stats.Bytes ?? DecodedBytes;
        SensorUptimeSeconds = stats.UptimeSeconds ?? SensorUptimeSeconds;
        return reset && NoteRestart(received);
    }

    private bool ObserveAlert(DateTimeOffset received)
    {
        LastAlertAt = Latest(LastAlertAt, received);
        return ObserveTraffic(received);
    }

    private bool ObserveTraffic(DateTimeOffset received)
    {
        LastTrafficAt = Latest(LastTrafficAt, received);
        return false;
    }

    private static DateTimeOffset Latest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } value && value >= candidate ? value : candidate;

    private static DateTimeOffset Earliest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } value && value <= candidate ? value : candidate;

    private bool NoteRestart(DateTimeOffset at)
    {
        // A reboot resets both the appliance's and the sensor's uptime: readings minutes apart are one restart.
        if (LastRestartAt is { } last && (at - last).Duration() < SameRestartWindow)
        {
            return false;
        }

        RestartCount++;
        LastRestartAt = at;
        return true;
    }

    private static long Delta(long? current, long? previous) =>
        current is { } now && previous is { } before && now >= before ? now - before : 0;
}
