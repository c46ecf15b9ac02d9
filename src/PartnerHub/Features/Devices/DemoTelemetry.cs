using System.Globalization;
using System.Text;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Features.Devices.Health;
using PartnerHub.Features.Devices.Ingest;

namespace PartnerHub.Features.Devices;

/// <summary>
/// Two weeks of alerts and a day of heartbeats and capture statistics for the demo sensors, delivered through the real
/// ingest path: SIM-0001 healthy (restarted six hours ago), SIM-0002 silent (reporting, capturing nothing for two
/// hours), SIM-0003 offline for three hours. SIM-0004 gets nothing: its first telemetry comes from the simulator.
/// The sensors of <see cref="Contracts.DemoOrders"/>: SIM-0005 degraded (drops about 8% of the packets offered),
/// SIM-0006 healthy but still on sensor software 7.0.6, below the required 7.0.8 (<see cref="SoftwareVersions.DemoRequiredVersions"/>), SIM-0007 degraded (its customer's network grew past the model's 1,000 endpoints). SIM-0008 is
/// online and otherwise healthy, but its clock runs <see cref="Sim0008ClockBehind"/> behind (its real-time clock was reset
/// during a power cut and the customer's firewall blocks NTP): every record it sends is stamped months ago while the
/// bridge receives it now, so the board flags its clock skew and it stays online.
/// </summary>
public sealed class DemoTelemetry(TelemetryIngestor ingestor, DeviceStateEvaluator evaluator, TimeProvider clock) : IDemoDataContributor
{
    private static readonly (string Signature, string Category, int Severity)[] Rules =
    [
        ("ET SCAN Potential SSH Scan", "Attempted Information Leak", 2),
        ("ET SCAN Nmap Scripting Engine User-Agent Detected (Nmap Scripting Engine)", "Web Application Attack", 1),
        ("ET CURRENT_EVENTS Malicious Redirect to Exploit Kit Landing Page", "A Network Trojan was detected", 1),
        ("ET CURRENT_EVENTS Terror EK CVE-2016-0189 Exploit", "A Network Trojan was detected", 1),
        ("ET MALWARE Cobalt Strike Beacon Observed", "Malware Command and Control Activity Detected", 1),
        ("ET POLICY TLS possible TOR SSL traffic", "Misc activity", 3),
    ];

    /// <summary>How far SIM-0008's own clock is behind the bridge's.</summary>
    public static TimeSpan Sim0008ClockBehind { get; } = TimeSpan.FromDays(92) + TimeSpan.FromHours(3);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var random = new Random(2026);
        var events = new List<TelemetryEvent>();
        events.AddRange(Sensor("SIM-0001", now, now, capturingUntil: now, restartAt: now.AddHours(-6), random));
        events.AddRange(Sensor("SIM-0002", now, now, capturingUntil: now.AddHours(-2), restartAt: null, random));
        events.AddRange(Sensor("SIM-0003", now, now.AddHours(-3), capturingUntil: now.AddHours(-3), restartAt: null, random));
        // After the first three, so their data stays what it always was.
        events.AddRange(Sensor("SIM-0005", now, now, capturingUntil: now, restartAt: null, random, dropPercent: 9));
        events.AddRange(Sensor("SIM-0006", now, now, capturingUntil: now, restartAt: null, random, version: "7.0.6-sensor.1"));
        events.AddRange(Sensor("SIM-0007", now, now, capturingUntil: now, restartAt: null, random, endpoints: 1_180));
        events.AddRange(Sensor("SIM-0008", now, now, capturingUntil: now, restartAt: null, random, clockBehind: Sim0008ClockBehind));
        foreach (var chunk in events.Chunk(1000))
        {
            await ingestor.IngestAsync(new TelemetryBatch("demo-seed", Guid.NewGuid(), chunk), cancellationToken);
        }

        await evaluator.EvaluateAsync(cancellationToken);
    }

    // dropPercent: packets dropped per hundred captured, on top of the odd burst every sensor has; endpoints: what the
    // heartbeats report as monitored; version: the sensor software the heartbeats report; clockBehind: how far the appliance's own clock (its records' timestamps) lags the
    // bridge's receipt. Every time below is a receipt time.
    private static IEnumerable<TelemetryEvent> Sensor(string serial, DateTimeOffset now, DateTimeOffset lastSeen, DateTimeOffset capturingUntil, DateTimeOffset? restartAt, Random random,
        int dropPercent = 0, int endpoints = 312, TimeSpan clockBehind = default, string version = "7.0.8-sensor.3")
    {
        for (int day = 13; day >= 0; day--)
        {
            int alerts = 3 + random.Next(8);
            for (int i = 0; i < alerts; i++)
            {
                var at = now.AddDays(-day).AddMinutes(-random.Next(1440));
                if (at <= lastSeen)
                {
                    var (signature, category, severity) = Rules[random.Next(Rules.Length)];
                    yield return Alert(serial, at, signature, category, severity, random, clockBehind);
                }
            }
        }

        var boot = now.AddDays(-30);
        long packets = 0, bytes = 0, drops = 0;
        for (var at = now.AddDays(-1); at <= lastSeen; at = at.AddMinutes(5))
        {
            if (restartAt is { } restart && at >= restart && boot < restart)
            {
                boot = at;
                packets = bytes = drops = 0;
            }

            long uptime = (long)(at - boot).TotalSeconds;
            if (at <= capturingUntil)
            {
                long captured = 3_000_000 + random.Next(1_000_000);
                packets += captured;
                bytes += 9_000_000_000L + random.Next(1_000_000_000);
                drops += (random.Next(100) < 95 ? 0 : random.Next(5000)) + (captured * dropPercent / 100);
            }

            yield return Line(serial, at, clockBehind, TelemetryKind.Heartbeat, "heartbeat",
                $"{{\"timestamp\":\"{Eve(at - clockBehind)}\",\"event_type\":\"heartbeat\",\"heartbeat\":{{\"cpu_percent\":23.5,\"memory_percent\":61,\"disk_percent\":27,\"uptime\":{uptime},\"version\":\"{version}\",\"endpoints\":{endpoints}}}}}",
                heartbeat: new HeartbeatPayload(23.5, 61, 27, uptime, version, endpoints));
            yield return Line(serial, at.AddSeconds(1), clockBehind, TelemetryKind.CaptureStats, "stats",
                $"{{\"timestamp\":\"{Eve(at.AddSeconds(1) - clockBehind)}\",\"event_type\":\"stats\",\"stats\":{{\"uptime\":{uptime},\"capture\":{{\"kernel_packets\":{packets},\"kernel_drops\":{drops}}},\"decoder\":{{\"bytes\":{bytes}}}}}}}",
                stats: new CaptureStatsPayload(packets, drops, bytes, uptime));
        }
    }

    private static TelemetryEvent Alert(string serial, DateTimeOffset at, string signature, string category, int severity, Random random, TimeSpan clockBehind)
    {
        string source = $"203.0.113.{random.Next(1, 254)}";
        string destination = $"192.168.10.{random.Next(2, 250)}";
        string raw = $"{{\"timestamp\":\"{Eve(at - clockBehind)}\",\"event_type\":\"alert\",\"src_ip\":\"{source}\",\"src_port\":{random.Next(1024, 65535)},\"dest_ip\":\"{destination}\",\"dest_port\":443,\"proto\":\"TCP\","
            + $"\"alert\":{{\"action\":\"allowed\",\"signature_id\":{2_000_000 + random.Next(100_000)},\"signature\":\"{signature}\",\"category\":\"{category}\",\"severity\":{severity}}}}}";
        return Line(serial, at, clockBehind, TelemetryKind.Alert, "alert", raw,
            alert: new AlertPayload(2_000_000, signature, category, severity, source, 51234, destination, 443, "TCP", "tls"));
    }

    private static TelemetryEvent Line(string serial, DateTimeOffset receivedAt, TimeSpan clockBehind, TelemetryKind kind, string eventType, string raw,
        HeartbeatPayload? heartbeat = null, CaptureStatsPayload? stats = null, AlertPayload? alert = null) =>
        new(TelemetryEventId.Derive(serial, Encoding.UTF8.GetBytes(raw)), serial, receivedAt - clockBehind, receivedAt, kind, heartbeat, stats, alert, eventType, raw);

    private static string Eve(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture).Remove(29, 1);
}
