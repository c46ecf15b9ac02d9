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
/// </summary>
internal sealed class SensorStream(EveLines lines, DeviceHealthPolicy policy, DateTimeOffset now, Random random)
{
    private const double AveragePacketBytes = 720;
    private const int KeptAlerts = 12;

    private static readonly double[] s_ruleWeights = Generate.Cumulative(SuricataRules.All.Select(r => r.Weight));
    private static readonly string[] s_externalNets = ["203.0.113.", "198.51.100.", "192.0.2."];

    public List<TelemetryEvent> Make(FieldAppliance appliance, int pairs, int alerts)
    {
        ArgumentNullException.ThrowIfNull(appliance);
        var story = Story(appliance);
        var events = new List<TelemetryEvent>((2 * pairs) + alerts);
        AddHeartbeatsAndStats(appliance, story, pairs, events);
        AddAlerts(appliance, story, alerts, events);
        events.Sort((a, b) => a.ObservedAt.CompareTo(b.ObservedAt));
        return events;
    }

    private SensorStory Story(FieldAppliance appliance)
    {
        var start = appliance.ReportingFrom;
        var story = new SensorStory
        {
            Start = start,
            End = now - TimeSpan.FromSeconds(random.Next(5, 240)),
            Boot = start - TimeSpan.FromHours(random.Next(1, 24 * 200)),
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

    private void AddHeartbeatsAndStats(FieldAppliance appliance, SensorStory story, int pairs, List<TelemetryEvent> events)
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
            var heartbeat = new HeartbeatPayload(Math.Round(Math.Clamp(5 + (55 * load) + (random.NextDouble() * 10), 1, 99), 1),
                Math.Round(45 + (random.NextDouble() * 25), 1), Math.Round(disk, 1), uptime, story.Version, endpoints);
            events.Add(lines.Heartbeat(appliance.Serial, at, Received(at), heartbeat));
            var statsAt = at.AddSeconds(2);
            events.Add(lines.Stats(appliance.Serial, statsAt, Received(statsAt),
                new CaptureStatsPayload(packets, drops, bytes, Math.Max(0, (long)(statsAt - sensorStart).TotalSeconds))));
        }
    }

    private void AddAlerts(FieldAppliance appliance, SensorStory story, int count, List<TelemetryEvent> events)
    {
        var end = story.TrafficEnd;
        if (count == 0 || end <= story.Start)
        {
            return;
        }

        var span = end - story.Start;
        var bursts = Enumerable.Range(0, Math.Max(1, count / 30)).Select(_ => story.Start + (span * random.NextDouble())).ToArray();
        int seen = 0;
        for (int i = 0; i < count; i++)
        {
            var at = random.Next(10) < 3
                ? Clamp(bursts[random.Next(bursts.Length)] + TimeSpan.FromMinutes((random.NextDouble() - 0.5) * 40), story.Start, end)
                : OfficeWeighted(story.Start, span);
            var rule = SuricataRules.All[Generate.Weighted(s_ruleWeights, random)];
            string inside = appliance.Network.Prefix + "." + random.Next(2, 250).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string outside = s_externalNets[random.Next(s_externalNets.Length)] + random.Next(1, 255).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string peer = appliance.Network.Prefix + "." + random.Next(2, 250).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (source, destination) = rule.Direction switch
            {
                FlowDirection.Inbound => (outside, inside),
                FlowDirection.Outbound => (inside, outside),
                FlowDirection.Internal => (inside, peer),
            };
            var alert = new AlertPayload(rule.SignatureId, rule.Signature, rule.Category, rule.Severity, source, random.Next(1024, 65536), destination,
                rule.DestinationPort, rule.Protocol, rule.AppProtocol);
            long flowId = 1_000_000_000_000_000 + (long)(random.NextDouble() * 8_000_000_000_000_000);
            var line = lines.Alert(appliance.Serial, at, Received(at), rule, alert, flowId, random);
            events.Add(line);

            // A few alerts per sensor for inquiries opened from an alert (reservoir sample).
            seen++;
            var reference = new AlertRef(line.EventId, at, rule.ExpectedClass, rule.Signature);
            if (appliance.Alerts.Count < KeptAlerts)
            {
                appliance.Alerts.Add(reference);
            }
            else if (random.Next(seen) < KeptAlerts)
            {
                appliance.Alerts[random.Next(KeptAlerts)] = reference;
            }
        }
    }

    // Evenly spaced, every 15 minutes at the end (or closer when the window is short), the rest spread over the earlier window.
    private static List<DateTimeOffset> Schedule(DateTimeOffset start, DateTimeOffset end, int pairs)
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
        times.InsertRange(0, Enumerable.Range(0, older).Select(k => start + (step * k)));
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

    private static DateTimeOffset Clamp(DateTimeOffset at, DateTimeOffset from, DateTimeOffset to) => at < from ? from : at > to ? to : at;

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
