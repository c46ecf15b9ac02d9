using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.ScaleData.Catalogues;
using PartnerHub.ScaleData.Generation;

namespace PartnerHub.ScaleData.Telemetry;

/// <summary>
/// Suricata EVE lines as an appliance sends them (alert, stats) plus the appliance's own heartbeat record, turned into the
/// <see cref="TelemetryEvent"/> a bridge forwards: the raw line, its parsed payload and the bridge's stable event id.
/// </summary>
internal sealed class EveLines : IDisposable
{
    private static readonly string[] s_userAgents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)",
    ];

    private static readonly string[] s_externalNets = ["203.0.113.", "198.51.100.", "192.0.2."];

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public EveLines()
    {
        // As Suricata writes it: '+' in the offset and '&' in signatures stay literal (the default encoder escapes them).
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public void Dispose() => _json.Dispose();

    /// <summary>The event a bridge forwards for <paramref name="spec"/> of <paramref name="appliance"/>.</summary>
    public TelemetryEvent Render(SensorEventSpec spec, FieldAppliance appliance)
    {
        ArgumentNullException.ThrowIfNull(appliance);
        return spec.Kind switch
        {
            TelemetryKind.Heartbeat => Heartbeat(appliance.Serial, spec.ObservedAt, spec.ReceivedAt,
                new HeartbeatPayload(spec.Cpu, spec.Memory, spec.Disk, spec.Uptime, appliance.SoftwareVersion, spec.Endpoints)),
            TelemetryKind.CaptureStats => Stats(appliance.Serial, spec.ObservedAt, spec.ReceivedAt,
                new CaptureStatsPayload(spec.Packets, spec.Drops, spec.Bytes, spec.Uptime)),
            TelemetryKind.Alert => Alert(appliance, spec),
            TelemetryKind.Other => throw new ArgumentException("The plan has no other events.", nameof(spec)),
        };
    }

    // Scans come from the internet to a customer host, downloads and C&C go out, lateral movement stays inside.
    private TelemetryEvent Alert(FieldAppliance appliance, SensorEventSpec spec)
    {
        var random = new Random(spec.Seed);
        var rule = SuricataRules.All[spec.Rule];
        string inside = Host(appliance.Network.Prefix, random.Next(2, 250));
        string outside = Host(s_externalNets[random.Next(s_externalNets.Length)], random.Next(1, 255));
        string peer = Host(appliance.Network.Prefix, random.Next(2, 250));
        var (source, destination) = rule.Direction switch
        {
            FlowDirection.Inbound => (outside, inside),
            FlowDirection.Outbound => (inside, outside),
            FlowDirection.Internal => (inside, peer),
        };
        var alert = new AlertPayload(rule.SignatureId, rule.Signature, rule.Category, rule.Severity, source, random.Next(1024, 65536), destination,
            rule.DestinationPort, rule.Protocol, rule.AppProtocol);
        long flowId = 1_000_000_000_000_000 + (long)(random.NextDouble() * 8_000_000_000_000_000);
        return Alert(appliance.Serial, spec.ObservedAt, spec.ReceivedAt, rule, alert, flowId, random);

        static string Host(string prefix, int last) => prefix.EndsWith('.') ? prefix + last.ToString(CultureInfo.InvariantCulture)
            : prefix + "." + last.ToString(CultureInfo.InvariantCulture);
    }

    private TelemetryEvent Heartbeat(string serial, DateTimeOffset at, DateTimeOffset receivedAt, HeartbeatPayload heartbeat)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        Start(at, "heartbeat");
        _json.WriteStartObject("heartbeat");
        _json.WriteNumber("cpu_percent", heartbeat.CpuPercent ?? 0);
        _json.WriteNumber("memory_percent", heartbeat.MemoryPercent ?? 0);
        _json.WriteNumber("disk_percent", heartbeat.DiskPercent ?? 0);
        _json.WriteNumber("uptime", heartbeat.UptimeSeconds ?? 0);
        _json.WriteString("version", heartbeat.SoftwareVersion);
        _json.WriteNumber("endpoints", heartbeat.MonitoredEndpoints ?? 0);
        _json.WriteEndObject();
        return Finish(serial, at, receivedAt, TelemetryKind.Heartbeat, "heartbeat", heartbeat: heartbeat);
    }

    private TelemetryEvent Stats(string serial, DateTimeOffset at, DateTimeOffset receivedAt, CaptureStatsPayload stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        Start(at, "stats");
        _json.WriteStartObject("stats");
        _json.WriteNumber("uptime", stats.UptimeSeconds ?? 0);
        _json.WriteStartObject("capture");
        _json.WriteNumber("kernel_packets", stats.KernelPackets ?? 0);
        _json.WriteNumber("kernel_drops", stats.KernelDrops ?? 0);
        _json.WriteEndObject();
        _json.WriteStartObject("decoder");
        _json.WriteNumber("bytes", stats.Bytes ?? 0);
        _json.WriteEndObject();
        _json.WriteEndObject();
        return Finish(serial, at, receivedAt, TelemetryKind.CaptureStats, "stats", stats: stats);
    }

    private TelemetryEvent Alert(string serial, DateTimeOffset at, DateTimeOffset receivedAt, SuricataRule rule, AlertPayload alert, long flowId, Random random)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(random);
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("timestamp", Timestamp(at));
        _json.WriteNumber("flow_id", flowId);
        _json.WriteString("in_iface", "eth1");
        _json.WriteString("event_type", "alert");
        _json.WriteString("src_ip", alert.SourceIp);
        _json.WriteNumber("src_port", alert.SourcePort ?? 0);
        _json.WriteString("dest_ip", alert.DestinationIp);
        _json.WriteNumber("dest_port", alert.DestinationPort ?? 0);
        _json.WriteString("proto", alert.Protocol);
        if (alert.AppProtocol is { } appProtocol)
        {
            _json.WriteString("app_proto", appProtocol);
        }

        _json.WriteStartObject("alert");
        _json.WriteString("action", "allowed");
        _json.WriteNumber("gid", 1);
        _json.WriteNumber("signature_id", alert.SignatureId);
        _json.WriteNumber("rev", rule.Revision);
        _json.WriteString("signature", alert.Signature);
        _json.WriteString("category", alert.Category);
        _json.WriteNumber("severity", alert.Severity);
        _json.WriteEndObject();
        WriteApplication(rule, random);
        _json.WriteStartObject("flow");
        int toServer = random.Next(1, 40);
        _json.WriteNumber("pkts_toserver", toServer);
        _json.WriteNumber("pkts_toclient", random.Next(0, 60));
        _json.WriteNumber("bytes_toserver", toServer * random.Next(60, 900));
        _json.WriteNumber("bytes_toclient", random.Next(0, 90_000));
        _json.WriteString("start", Timestamp(at.AddMilliseconds(-random.Next(0, 5_000))));
        _json.WriteEndObject();
        return Finish(serial, at, receivedAt, TelemetryKind.Alert, "alert", alert: alert);
    }

    private void WriteApplication(SuricataRule rule, Random random)
    {
        switch (rule.AppProtocol)
        {
            case "http":
                _json.WriteStartObject("http");
                _json.WriteString("hostname", rule.Host ?? "203.0.113." + random.Next(1, 255).ToString(CultureInfo.InvariantCulture));
                _json.WriteString("url", "/" + Convert.ToHexStringLower(BitConverter.GetBytes(random.Next()))
                    + (rule.ExpectedClass == Domain.Devices.Alerts.ThreatClass.MaliciousFileDownload ? "/setup.exe" : "/index.php"));
                _json.WriteString("http_user_agent", s_userAgents[random.Next(s_userAgents.Length)]);
                _json.WriteString("http_method", rule.ExpectedClass == Domain.Devices.Alerts.ThreatClass.MalwareCommunication ? "POST" : "GET");
                _json.WriteNumber("status", 200);
                _json.WriteEndObject();
                break;
            case "tls" when rule.Host is not null:
                _json.WriteStartObject("tls");
                _json.WriteString("sni", rule.Host);
                _json.WriteString("version", "TLS 1.2");
                _json.WriteEndObject();
                break;
            case "dns" when rule.Host is not null:
                _json.WriteStartObject("dns");
                _json.WriteString("type", "query");
                _json.WriteString("rrname", rule.Host);
                _json.WriteString("rrtype", "A");
                _json.WriteEndObject();
                break;
        }
    }

    private void Start(DateTimeOffset at, string eventType)
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("timestamp", Timestamp(at));
        _json.WriteString("event_type", eventType);
    }

    private TelemetryEvent Finish(string serial, DateTimeOffset at, DateTimeOffset receivedAt, TelemetryKind kind, string eventType,
        HeartbeatPayload? heartbeat = null, CaptureStatsPayload? stats = null, AlertPayload? alert = null)
    {
        _json.WriteEndObject();
        _json.Flush();
        var line = _buffer.WrittenSpan;
        return new TelemetryEvent(TelemetryEventId.Derive(serial, line), serial, at, receivedAt, kind, heartbeat, stats, alert, eventType,
            Encoding.UTF8.GetString(line));
    }

    // Suricata writes local time with microseconds and a numeric offset without a colon: 2026-11-22T10:15:30.123456+0900.
    private static string Timestamp(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+0900";
}
