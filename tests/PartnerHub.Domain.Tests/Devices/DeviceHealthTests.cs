using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Devices;

public class DeviceHealthTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly DeviceHealthPolicy Policy = DeviceHealthPolicy.Default;
    private static readonly ApplianceModel Cts = ApplianceModel.CyberThreatSensor;

    private static TelemetryEvent Heartbeat(DateTimeOffset at, long uptime, long? endpoints = 300, string version = "7.0.8") =>
        new("hb" + at.Ticks, "SN-1", at, at, TelemetryKind.Heartbeat, new HeartbeatPayload(20, 50, 30, uptime, version, endpoints), null, null, "heartbeat", "{}");

    private static TelemetryEvent Stats(DateTimeOffset at, long packets, long drops, long bytes, long uptime) =>
        new("st" + at.Ticks, "SN-1", at, at, TelemetryKind.CaptureStats, null, new CaptureStatsPayload(packets, drops, bytes, uptime), null, "stats", "{}");

    private static DeviceHealth Reporting()
    {
        var health = new DeviceHealth(Guid.NewGuid(), "SN-1", "CTS");
        health.Observe(Heartbeat(T0, 3600));
        health.Observe(Stats(T0, 1_000_000, 0, 1_000_000_000, 3000));
        return health;
    }

    [Fact]
    public void An_appliance_that_never_reported_is_never_seen()
    {
        new DeviceHealth(Guid.NewGuid(), "SN-1", "CTS").Assess(T0, Policy, Cts).State.ShouldBe(DeviceState.NeverSeen);
    }

    [Fact]
    public void Reporting_and_capturing_is_online()
    {
        var health = Reporting();
        health.Observe(Stats(T0.AddSeconds(10), 1_100_000, 0, 1_500_000_000, 3010));

        health.Assess(T0.AddMinutes(1), Policy, Cts).ShouldBe(new DeviceHealthAssessment(DeviceState.Online, DeviceIssues.None));
        health.BandwidthMbps.ShouldBe(400.0); // 500 MB in 10 s
        health.DropRatePercent.ShouldBe(0);
    }

    [Fact]
    public void Silence_longer_than_the_policy_is_offline()
    {
        var health = Reporting();

        health.Assess(T0.AddMinutes(10), Policy, Cts).State.ShouldNotBe(DeviceState.Offline);
        health.Assess(T0.AddMinutes(10).AddSeconds(1), Policy, Cts).State.ShouldBe(DeviceState.Offline);
    }

    [Fact]
    public void Heartbeats_without_captured_packets_make_a_silent_sensor()
    {
        var health = Reporting();
        for (int minute = 1; minute <= 40; minute++)
        {
            var at = T0.AddMinutes(minute);
            health.Observe(Heartbeat(at, 3600 + (minute * 60)));
            health.Observe(Stats(at, 1_000_000, 0, 1_000_000_000, 3000 + (minute * 60)));
        }

        health.Assess(T0.AddMinutes(40), Policy, Cts).State.ShouldBe(DeviceState.Silent);
    }

    [Fact]
    public void A_new_appliance_gets_the_silence_grace_before_it_is_called_silent()
    {
        var health = new DeviceHealth(Guid.NewGuid(), "SN-1", "CTS");
        health.Observe(Heartbeat(T0, 60));

        health.Assess(T0.AddMinutes(5), Policy, Cts).State.ShouldBe(DeviceState.Online);
    }

    [Fact]
    public void High_drop_rate_and_bandwidth_beyond_one_gbps_degrade_the_device()
    {
        var health = Reporting();
        // 10 s: 900,000 captured, 100,000 dropped (10 %), 1.5 GB decoded = 1,200 Mbps.
        health.Observe(Stats(T0.AddSeconds(10), 1_900_000, 100_000, 2_500_000_000, 3010));

        var assessment = health.Assess(T0.AddSeconds(20), Policy, Cts);

        assessment.State.ShouldBe(DeviceState.Degraded);
        assessment.Issues.ShouldBe(DeviceIssues.HighDropRate | DeviceIssues.OverBandwidth);
        health.DropRatePercent.ShouldBe(10);
        health.BandwidthMbps.ShouldBe(1200);
    }

    [Fact]
    public void More_endpoints_than_the_model_allows_degrade_the_device()
    {
        var health = Reporting();
        health.Observe(Heartbeat(T0.AddSeconds(30), 3630, endpoints: 1200));
        health.Observe(Stats(T0.AddSeconds(30), 1_100_000, 0, 1_100_000_000, 3030));

        health.Assess(T0.AddMinutes(1), Policy, Cts).Issues.ShouldBe(DeviceIssues.OverEndpoints);
        health.Assess(T0.AddMinutes(1), Policy, ApplianceModel.ChamberUtm).State.ShouldBe(DeviceState.Degraded);
    }

    [Fact]
    public void Uptime_going_backwards_is_a_restart_and_counters_start_again_without_a_negative_rate()
    {
        var health = Reporting();

        health.Observe(Heartbeat(T0.AddMinutes(5), 30)).ShouldBeTrue();
        health.Observe(Stats(T0.AddMinutes(5), 5_000, 0, 4_000_000, 20)).ShouldBeFalse(); // the same reboot, seen by the sensor

        health.RestartCount.ShouldBe(1);
        health.LastRestartAt.ShouldBe(T0.AddMinutes(5));
        health.BandwidthMbps.ShouldBeNull();
        health.Assess(T0.AddMinutes(6), Policy, Cts).Issues.ShouldBe(DeviceIssues.RecentRestart);
        health.Assess(T0.AddDays(2), Policy, Cts).Issues.HasFlag(DeviceIssues.RecentRestart).ShouldBeFalse();
    }

    [Fact]
    public void Restarts_far_apart_are_counted_separately()
    {
        var health = Reporting();

        health.Observe(Heartbeat(T0.AddMinutes(5), 30));
        health.Observe(Heartbeat(T0.AddHours(2), 20));

        health.RestartCount.ShouldBe(2);
        health.LastRestartAt.ShouldBe(T0.AddHours(2));
    }

    [Fact]
    public void Late_or_resent_events_never_move_the_picture_backwards()
    {
        var health = Reporting();
        health.Observe(Heartbeat(T0.AddMinutes(2), 3720, version: "7.0.9"));

        health.Observe(Heartbeat(T0.AddMinutes(1), 3660, version: "7.0.8")).ShouldBeFalse();
        health.Observe(Heartbeat(T0.AddMinutes(2), 3720, version: "7.0.9")).ShouldBeFalse();

        health.SoftwareVersion.ShouldBe("7.0.9");
        health.LastSeenAt.ShouldBe(T0.AddMinutes(2));
        health.FirstSeenAt.ShouldBe(T0);
        health.RestartCount.ShouldBe(0);
    }

    [Fact]
    public void A_state_change_is_reported_once_and_notifications_are_rate_limited()
    {
        var health = Reporting();
        var offline = new DeviceHealthAssessment(DeviceState.Offline, DeviceIssues.None);

        health.ChangeState(offline, T0.AddMinutes(11)).ShouldBe(DeviceState.NeverSeen);
        health.ChangeState(offline, T0.AddMinutes(12)).ShouldBeNull();
        health.StateSince.ShouldBe(T0.AddMinutes(11));

        health.TryMarkNotified(T0.AddMinutes(11), TimeSpan.FromMinutes(30)).ShouldBeTrue();
        health.TryMarkNotified(T0.AddMinutes(20), TimeSpan.FromMinutes(30)).ShouldBeFalse();
        health.TryMarkNotified(T0.AddMinutes(41), TimeSpan.FromMinutes(30)).ShouldBeTrue();
    }

    private static TelemetryEvent Received(TelemetryEvent record, DateTimeOffset receivedAt) => record with { ReceivedAt = receivedAt };

    private static TelemetryEvent Flow(DateTimeOffset at, DateTimeOffset receivedAt) =>
        new("fl" + at.Ticks, "SN-1", at, receivedAt, TelemetryKind.Other, null, null, null, "flow", "{}");

    private static TelemetryEvent AlertRecord(DateTimeOffset at, DateTimeOffset receivedAt) =>
        new("al" + at.Ticks, "SN-1", at, receivedAt, TelemetryKind.Alert, null, null,
            new AlertPayload(2_000_001, "ET SCAN test", null, 2, "192.0.2.1", null, "192.0.2.2", null, "ICMP", null), "alert", "{}");

    [Fact]
    public void Assess_RecordsStampedMonthsBehindButReceivedNow_IsOnlineAndFlagsTheSkew()
    {
        var health = new DeviceHealth(Guid.NewGuid(), "SN-1", "CTS");
        var deviceClock = T0.AddDays(-120);
        var batch = new[]
        {
            Received(Heartbeat(deviceClock, 3600), T0),
            Received(Stats(deviceClock, 1_000_000, 0, 1_000_000_000, 3000), T0),
            Received(Stats(deviceClock.AddSeconds(10), 1_100_000, 0, 1_100_000_000, 3010), T0.AddSeconds(10)),
        };
        foreach (var record in batch)
        {
            health.Observe(record);
        }

        health.MeasureClockSkew(batch);

        health.LastSeenAt.ShouldBe(T0.AddSeconds(10));
        health.ClockSkewSeconds.ShouldBe(TimeSpan.FromDays(-120).TotalSeconds);
        var assessment = health.Assess(T0.AddMinutes(1), Policy, Cts);
        assessment.State.ShouldBe(DeviceState.Online);
        assessment.Issues.ShouldBe(DeviceIssues.ClockSkew);
        health.BandwidthMbps.ShouldBe(80.0); // rates still use the appliance's own interval between its records
    }

    [Fact]
    public void MeasureClockSkew_AFewLateRecords_TakesTheMedian()
    {
        var health = new DeviceHealth(Guid.NewGuid(), "SN-1", "CTS");
        var records = new[]
        {
            Received(Heartbeat(T0.AddSeconds(-2), 1), T0),
            Received(Heartbeat(T0.AddSeconds(-3), 2), T0),
            Received(Heartbeat(T0.AddHours(-5), 3), T0), // replayed from the appliance's buffer
        };

        health.MeasureClockSkew(records);

        health.ClockSkewSeconds.ShouldBe(-3);
        health.Assess(T0, Policy, Cts).Issues.HasFlag(DeviceIssues.ClockSkew).ShouldBeFalse();
    }

    [Fact]
    public void Assess_OnlyAlertsAndFlows_IsOnlineAndStaysSoWhileTheyArrive()
    {
        var health = new DeviceHealth(Guid.NewGuid(), "SN-1", "CTS");
        for (int minute = 0; minute <= 60; minute += 5)
        {
            health.Observe(Flow(T0.AddMinutes(minute), T0.AddMinutes(minute)));
            health.Observe(AlertRecord(T0.AddMinutes(minute), T0.AddMinutes(minute)));
        }

        health.Assess(T0.AddMinutes(61), Policy, Cts).State.ShouldBe(DeviceState.Online);
        health.LastAlertAt.ShouldBe(T0.AddMinutes(60));
        health.Assess(T0.AddMinutes(71), Policy, Cts).State.ShouldBe(DeviceState.Offline);
    }

    [Fact]
    public void Observe_StatsWithoutCaptureSectionInPcapMode_CountsDecodedPacketsAsTraffic()
    {
        var health = new DeviceHealth(Guid.NewGuid(), "SN-1", "CTS");
        TelemetryEvent PcapStats(DateTimeOffset at, long packets, long bytes, long uptime) =>
            new("pc" + at.Ticks, "SN-1", at, at, TelemetryKind.CaptureStats, null, new CaptureStatsPayload(null, null, bytes, uptime, packets), null, "stats", "{}");
        health.Observe(PcapStats(T0, 5_000, 4_000_000, 60));
        health.Observe(PcapStats(T0.AddSeconds(8), 9_000, 8_000_000, 68));

        health.KernelPackets.ShouldBe(9_000);
        health.DropRatePercent.ShouldBeNull();
        health.BandwidthMbps.ShouldBe(4.0);
        health.LastTrafficAt.ShouldBe(T0.AddSeconds(8));
        health.Assess(T0.AddMinutes(5), Policy, Cts).State.ShouldBe(DeviceState.Online);
    }

    [Fact]
    public void Observe_AfPacketCounters_DropRatioIsDropsOverPacketsPlusDrops()
    {
        var health = Reporting();
        // 10 s: 300,000 packets captured, 100,000 dropped → 100,000 / 400,000.
        health.Observe(Stats(T0.AddSeconds(10), 1_300_000, 100_000, 1_100_000_000, 3010));

        health.DropRatePercent.ShouldBe(25);
    }

    [Fact]
    public void Observe_SensorUptimeGoingDown_IsARestartAndTheNextIntervalCountsFromTheReset()
    {
        var health = Reporting();
        health.Observe(Stats(T0.AddSeconds(10), 1_100_000, 0, 1_100_000_000, 3010));

        health.Observe(Stats(T0.AddMinutes(30), 2_000, 0, 1_000_000, 5)).ShouldBeTrue();
        health.Observe(Stats(T0.AddMinutes(30).AddSeconds(10), 12_000, 1_000, 11_000_000, 15));

        health.RestartCount.ShouldBe(1);
        health.DropRatePercent.ShouldBe(Math.Round(100d * 1_000 / 11_000, 2));
        health.BandwidthMbps.ShouldBe(8.0);
    }

    [Fact]
    public void Observe_LinesOutOfTimeOrder_GiveTheSameCountersAsInOrder()
    {
        var inOrder = Reporting();
        var shuffled = Reporting();
        var lines = Enumerable.Range(1, 6).Select(i => Stats(T0.AddSeconds(i * 10), 1_000_000 + (i * 100_000), i * 1_000, 1_000_000_000 + (i * 100_000_000L), 3000 + (i * 10))).ToList();
        foreach (var line in lines)
        {
            inOrder.Observe(line);
        }

        foreach (var line in new[] { lines[5], lines[0], lines[3], lines[1], lines[4], lines[2] })
        {
            shuffled.Observe(line);
        }

        shuffled.KernelPackets.ShouldBe(inOrder.KernelPackets);
        shuffled.LastStatsAt.ShouldBe(inOrder.LastStatsAt);
        shuffled.RestartCount.ShouldBe(0);
        shuffled.LastSeenAt.ShouldBe(inOrder.LastSeenAt);
    }
}
