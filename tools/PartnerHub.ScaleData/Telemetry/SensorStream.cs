using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.ScaleData.Catalogues;
using PartnerHub.ScaleData.Generation;

namespace PartnerHub.ScaleData.Telemetry;

/// <summary>Why a degraded sensor is degraded (DeviceHealth.Assess): drops, bandwidth or endpoints beyond the model.</summary>
internal enum DegradedCause
{
    HighDropRate,
    OverBandwidth,
    OverEndpoints,
}

/// <summary>
/// One sensor's telemetry over its window, shaped so the hub's own evaluation at "now" finds the state planned for it:
/// heartbeats and capture statistics (every 15 minutes over the last day, the uptime chart's window, sparser before),
/// cumulative capture counters that follow office hours and reset on a restart, and alerts from the rule catalogue at
/// office-weighted times with bursts. Silent sensors stop capturing while still reporting; offline ones stop reporting.
/// The plan is compact (<see cref="SensorEventSpec"/>): two million events are rendered as EVE lines only when a batch
/// is sent.
/// </summary>
internal sealed class SensorStream(DeviceHealthPolicy policy, DateTimeOffset now, Random random)
{
    private const double AveragePacketBytes = 720;

    private static readonly double[] s_ruleWeights = Generate.Cumulative(SuricataRules.All.Select(r => r.Weight));

    /// <summary>Adds the events of <paramref name="appliance"/> (number <paramref name="index"/>) to <paramref name="plan"/>.</summary>
    public void Plan(FieldAppliance appliance, int index, int pairs, int alerts, List<SensorEventSpec> plan)
    {
        ArgumentNullException.ThrowIfNull(appliance);
        ArgumentNullException.ThrowIfNull(plan);
        var story = Story(appliance);
        appliance.SoftwareVersion = story.Version;
        AddHeartbeatsAndStats(appliance, index, story, pairs, plan);
        AddAlerts(index, story, alerts, plan);
    }

    private SensorStory Story(FieldAppliance appliance)
    {
        var start = appliance.ReportingFrom;
        var story = new SensorStory
        {
            Start = start,
            End = now - TimeSpan.FromSeconds(random.Next(5, 240)),
            Boot = start - TimeSpan.FromSeconds(random.Next(3_600, 200 * 86_400)),
            BaseMbps = appliance.BandwidthMbps * (0.2 + (0.6 * random.NextDouble())),
            Version = appliance.Model.Code.StartsWith("UTM", StringComparison.Ordinal) ? "utm-6.4.15" : random.Next(6) == 0 ? "7.0.6-sensor.1" : "7.0.8-sensor.3",
        };
        story.TrafficEnd = story.End;
        var span = story.End - start;
        switch (appliance.TargetState)
        {
            case DeviceState.Offline:
                var gone = TimeSpan.FromMinutes((policy.OfflineAfter.TotalMinutes * 3) + (random.NextDouble() * 5 * 24 * 60));
                story.End = Later(start + (span / 2), now - gone);
                story.TrafficEnd = story.End;
                break;
            case DeviceState.Silent:
                // The mirror port stopped delivering traffic (a switch change) a while ago; heartbeats go on.
                var quiet = TimeSpan.FromMinutes((policy.SilentAfter.TotalMinutes * 2) + (random.NextDouble() * 10 * 60));
                story.TrafficEnd = Later(start + (span / 2), story.End - quiet);
                break;
            case DeviceState.Degraded:
                story.DegradedSince = story.End - TimeSpan.FromHours(1 + (random.NextDouble() * 6));
                story.Cause = appliance.Model.MaxBandwidthMbps is null
                    ? random.Next(2) == 0 ? DegradedCause.HighDropRate : DegradedCause.OverEndpoints
                    : (DegradedCause)random.Next(3);
                break;
        }

        if (random.NextDouble() < 0.12 && story.End - start > TimeSpan.FromHours(3))
        {
            // One reboot in the window; a few in the last day, which the board flags as a recent restart.
            var recentOnly = random.Next(4) == 0 && story.End - start > policy.RestartWindow;
            var from = recentOnly ? story.End - policy.RestartWindow : start;
            story.Restart = from + ((story.End - TimeSpan.FromHours(1) - from) * random.NextDouble());
        }

        return story;
    }

    private void AddHeartbeatsAndStats(FieldAppliance appliance, int index, SensorStory story, int pairs, List<SensorEventSpec> plan)
    {
        var boot = story.Boot;
        var sensorStart = boot.AddSeconds(90);
        DateTimeOffset? previous = null;
        bool restarted = false;
        long packets = 0, drops = 0, bytes = 0;
        double disk = 15 + (random.NextDouble() * 30);
        foreach (var at in Schedule(story.Start, story.End, pairs))
        {
            if (story.Restart is { } restart && !restarted && restart <= at)
            {
                restarted = true;
                boot = restart;
                sensorStart = restart.AddSeconds(90);
                packets = drops = bytes = 0;
                previous = null;
            }

            var from = previous ?? sensorStart;
            var trafficTo = at < story.TrafficEnd ? at : story.TrafficEnd;
            if (trafficTo > from)
            {
                double seconds = (trafficTo - from).TotalSeconds;
                double mbps = Rate(appliance, story, at);
                long deltaBytes = (long)(mbps * 125_000 * seconds);
                long deltaPackets = Math.Max(1, (long)(deltaBytes / AveragePacketBytes));
                double dropShare = story.Cause == DegradedCause.HighDropRate && at >= story.DegradedSince
                    ? (policy.DropRateWarningPercent + 1 + (random.NextDouble() * 12)) / 100
                    : random.NextDouble() * 0.004;
                bytes += deltaBytes;
                packets += deltaPackets;
                drops += (long)(deltaPackets * dropShare / (1 - dropShare));
            }

            previous = at;
            long uptime = (long)(at - boot).TotalSeconds;
            double load = Rate(appliance, story, at) / (appliance.Model.MaxBandwidthMbps ?? 500);
            disk = Math.Min(90, disk + (random.NextDouble() * 0.01));
            long endpoints = story.Cause == DegradedCause.OverEndpoints && at >= story.DegradedSince
                ? appliance.Model.MaxEndpoints + 1 + random.Next(0, Math.Max(2, appliance.Model.MaxEndpoints / 4))
                : Math.Max(1, (long)(appliance.Endpoints * (0.85 + (random.NextDouble() * 0.15))));
            plan.Add(new SensorEventSpec(index, at, Received(at), TelemetryKind.Heartbeat, uptime, 0, 0, 0, endpoints,
                Math.Round(Math.Clamp(5 + (55 * load) + (random.NextDouble() * 10), 1, 99), 1), Math.Round(45 + (random.NextDouble() * 25), 1), Math.Round(disk, 1), 0));
            var statsAt = at.AddSeconds(2);
            plan.Add(new SensorEventSpec(index, statsAt, Received(statsAt), TelemetryKind.CaptureStats, Math.Max(0, (long)(statsAt - sensorStart).TotalSeconds),
                packets, drops, bytes, 0, 0, 0, 0, 0));
        }
    }

    private void AddAlerts(int index, SensorStory story, int count, List<SensorEventSpec> plan)
    {
        var end = story.TrafficEnd;
        if (count == 0 || end <= story.Start)
        {
            return;
        }

        var span = end - story.Start;
        var bursts = Enumerable.Range(0, Math.Max(1, count / 30)).Select(_ => story.Start + (span * random.NextDouble())).ToArray();
        for (int i = 0; i < count; i++)
        {
            var at = random.Next(10) < 3 ? bursts[random.Next(bursts.Length)] + TimeSpan.FromMinutes((random.NextDouble() - 0.5) * 40) : story.Start - TimeSpan.FromTicks(1);
            if (at < story.Start || at > end)
            {
                at = OfficeWeighted(story.Start, span);
            }

            // The rule now, the addresses and flow details from the seed when the line is written.
            plan.Add(new SensorEventSpec(index, at, Received(at), TelemetryKind.Alert, 0, 0, 0, 0, 0, 0, 0, 0, Generate.Weighted(s_ruleWeights, random))
            {
                Seed = random.Next(),
            });
        }
    }

    // Evenly spaced, every 15 minutes at the end (or closer when the window is short), the rest spread over the earlier window.
    private List<DateTimeOffset> Schedule(DateTimeOffset start, DateTimeOffset end, int pairs)
    {
        var times = new List<DateTimeOffset>(pairs);
        if (pairs == 0 || end <= start)
        {
            return times;
        }

        var spacing = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(15).Ticks, (end - start).Ticks / pairs));
        int recent = (int)Math.Min(pairs, TimeSpan.FromDays(1).Ticks / Math.Max(1, spacing.Ticks));
        for (int j = recent - 1; j >= 0; j--)
        {
            times.Add(end - (spacing * j));
        }

        int older = pairs - recent;
        var olderEnd = end - (spacing * recent);
        var step = older > 0 ? (olderEnd - start) / older : TimeSpan.Zero;
        double phase = random.NextDouble();
        times.InsertRange(0, Enumerable.Range(0, older).Select(k => start + (step * (k + phase))));

        // Appliance clocks are not on the minute: each reading a little earlier, never past its neighbour or the window.
        for (int k = times.Count - 1; k >= 0; k--)
        {
            var room = k > 0 ? (times[k] - times[k - 1]) / 4 : (times[k] - start) / 4;
            times[k] -= TimeSpan.FromTicks((long)(Math.Min(TimeSpan.FromMinutes(1).Ticks, room.Ticks) * random.NextDouble()));
        }

        return times;
    }

    // Traffic follows the working day: full in Tokyo office hours on weekdays, a quarter otherwise (backups, updates).
    private static double Rate(FieldAppliance appliance, SensorStory story, DateTimeOffset at)
    {
        if (story.Cause == DegradedCause.OverBandwidth && at >= story.DegradedSince && appliance.Model.MaxBandwidthMbps is { } max)
        {
            return max * 1.25;
        }

        var tokyo = at.ToOffset(TimeSpan.FromHours(9));
        bool office = tokyo.Hour is >= 8 and < 20 && tokyo.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        return story.BaseMbps * (office ? 1.0 : 0.25);
    }

    private DateTimeOffset OfficeWeighted(DateTimeOffset start, TimeSpan span)
    {
        for (int attempt = 0; ; attempt++)
        {
            var at = start + (span * random.NextDouble());
            var tokyo = at.ToOffset(TimeSpan.FromHours(9));
            bool office = tokyo.Hour is >= 8 and < 20 && BusinessCalendars.SensorServiceDesk.IsBusinessDay(DateOnly.FromDateTime(tokyo.DateTime));
            if (office || attempt >= 3 || random.Next(10) < 4)
            {
                return at;
            }
        }
    }

    private DateTimeOffset Received(DateTimeOffset observed) => observed.AddMilliseconds(300 + random.Next(0, 2_700));

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;


    private sealed class SensorStory
    {
        public DateTimeOffset Start { get; init; }

        public DateTimeOffset End { get; set; }

        /// <summary>Last moment traffic was captured (a silent sensor's mirror port went quiet here).</summary>
        public DateTimeOffset TrafficEnd { get; set; }

        public DateTimeOffset Boot { get; init; }

        public DateTimeOffset? Restart { get; set; }

        public double BaseMbps { get; init; }

        public string Version { get; init; } = string.Empty;

        public DegradedCause? Cause { get; set; }

        public DateTimeOffset DegradedSince { get; set; } = DateTimeOffset.MaxValue;
    }
}

/// <summary>
/// One planned sensor event, compact: the times, the kind and the numbers of its payload (heartbeat: uptime, endpoints,
/// CPU, memory, disk; statistics: uptime and the capture counters; alert: the rule and a seed for its addresses).
/// </summary>
internal readonly record struct SensorEventSpec(int Appliance, DateTimeOffset ObservedAt, DateTimeOffset ReceivedAt, TelemetryKind Kind, long Uptime,
    long Packets, long Drops, long Bytes, long Endpoints, double Cpu, double Memory, double Disk, int Rule)
{
    public int Seed { get; init; }
}
