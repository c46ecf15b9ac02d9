using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ApplianceBridge.Simulation;

// One simulated sensor: produces Suricata-like EVE lines (alerts in the service's threat classes, stats with growing
// capture counters, flow and dns records) and our heartbeat record, with state that evolves like a real box.
internal sealed class EveGenerator(string serial, int seed)
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    // Signatures in the style of the ET Open rule set, one group per threat class of 004 別紙2 §3.
    private static readonly (long Sid, string Signature, string Category, int Severity, int Port, string Proto, string App)[] Signatures =
    [
        // Reconnaissance (偵察通信)
        (2010937, "ET SCAN Suspicious inbound to mySQL port 3306", "Potentially Bad Traffic", 2, 3306, "TCP", "failed"),
        (2001219, "ET SCAN Potential SSH Scan", "Attempted Information Leak", 2, 22, "TCP", "ssh"),
        (2009358, "ET SCAN Nmap Scripting Engine User-Agent Detected (Nmap Scripting Engine)", "Web Application Attack", 1, 80, "TCP", "http"),
        // Malicious-site access: redirect, tampered, malvertising, exploit and fingerprinting sites
        (2024897, "ET CURRENT_EVENTS Malicious Redirect to Exploit Kit Landing Page", "A Network Trojan was detected", 1, 80, "TCP", "http"),
        (2025113, "ET EXPLOIT_KIT RIG EK Landing Page M2", "Exploit Kit Activity Detected", 1, 80, "TCP", "http"),
        (2031171, "ET PHISHING Suspicious Browser Fingerprinting Script Observed", "Possible Social Engineering Attempted", 2, 443, "TCP", "tls"),
        // Malicious file download: malware, exploit-kit code
        (2024168, "ET CURRENT_EVENTS Terror EK CVE-2016-0189 Exploit", "A Network Trojan was detected", 1, 80, "TCP", "http"),
        (2016538, "ET MALWARE Windows executable sent when remote host claims to send an image", "A Network Trojan was detected", 1, 80, "TCP", "http"),
        // Malware communication: C&C, ransomware, lateral movement
        (2028591, "ET MALWARE Cobalt Strike Beacon Observed", "Malware Command and Control Activity Detected", 1, 443, "TCP", "tls"),
        (2027389, "ET MALWARE Possible Ransomware SMB File Rename Activity", "A Network Trojan was detected", 1, 445, "TCP", "smb"),
        (2024218, "ET EXPLOIT Possible ETERNALBLUE MS17-010 Echo Response", "Attempted Administrator Privilege Gain", 1, 445, "TCP", "smb"),
        // Suspicious communication: Tor
        (2018789, "ET POLICY TLS possible TOR SSL traffic", "Misc activity", 3, 9001, "TCP", "tls"),
        (2522000, "ET TOR Known Tor Relay/Router (Not Exit) Node Traffic group 1", "Misc Attack", 2, 443, "TCP", "tls"),
    ];

    private static readonly string[] Domains = ["example.co.jp", "update.example.com", "cdn.example.net", "mail.example.jp"];

    private readonly Random _random = new(seed);
    private readonly long _bootUnix = seed * 37L;
    private long _kernelPackets;
    private long _kernelDrops;
    private long _bytes;
    private long _flowId = seed * 1_000_003L;
    private DateTimeOffset _nextHeartbeat;
    private DateTimeOffset _nextStats;
    private DateTimeOffset _bootedAt;

    public string Serial { get; } = serial;

    // A batch of count lines observed at now (microseconds apart so every line is distinct).
    public byte[] NextBatch(int count, DateTimeOffset now)
    {
        if (_bootedAt == default)
        {
            _bootedAt = now.AddSeconds(-3600 - (_bootUnix % 7200));
            _nextHeartbeat = now;
            _nextStats = now;
        }

        var buffer = new ArrayBufferWriter<byte>(count * 420);
        for (int i = 0; i < count; i++)
        {
            DateTimeOffset at = now.AddTicks(i * 10);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                if (at >= _nextHeartbeat)
                {
                    _nextHeartbeat = at.AddSeconds(10);
                    WriteHeartbeat(writer, at);
                }
                else if (at >= _nextStats)
                {
                    _nextStats = at.AddSeconds(8);
                    WriteStats(writer, at);
                }
                else if (_random.Next(10) < 6)
                {
                    WriteAlert(writer, at);
                }
                else
                {
                    WriteOther(writer, at);
                }
            }

            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string EveTimestamp(DateTimeOffset at)
    {
        // EVE writes the offset without a colon: 2026-04-01T09:00:00.123456+0900.
        string text = at.ToOffset(Jst).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
        return text.Remove(text.Length - 3, 1);
    }

    private void Common(Utf8JsonWriter writer, DateTimeOffset at, string eventType)
    {
        writer.WriteStartObject();
        writer.WriteString("timestamp", EveTimestamp(at));
        writer.WriteNumber("flow_id", ++_flowId);
        writer.WriteString("in_iface", "eth1");
        writer.WriteString("event_type", eventType);
    }

    private void WriteHeartbeat(Utf8JsonWriter writer, DateTimeOffset at)
    {
        writer.WriteStartObject();
        writer.WriteString("timestamp", EveTimestamp(at));
        writer.WriteString("event_type", "heartbeat");
        writer.WriteString("host", Serial);
        writer.WriteStartObject("heartbeat");
        writer.WriteNumber("cpu_percent", Math.Round(15 + (_random.NextDouble() * 50), 1));
        writer.WriteNumber("memory_percent", Math.Round(40 + (_random.NextDouble() * 30), 1));
        writer.WriteNumber("disk_percent", Math.Round(20 + (_random.NextDouble() * 10), 1));
        writer.WriteNumber("uptime", (long)(at - _bootedAt).TotalSeconds);
        writer.WriteString("version", "7.0.8-sensor.3");
        writer.WriteNumber("endpoints", 120 + (_bootUnix % 700));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteStats(Utf8JsonWriter writer, DateTimeOffset at)
    {
        long packets = 200_000 + _random.Next(600_000);
        _kernelPackets += packets;
        _kernelDrops += _random.Next(100) < 90 ? 0 : _random.Next(2000);
        _bytes += packets * (400 + _random.Next(600));
        writer.WriteStartObject();
        writer.WriteString("timestamp", EveTimestamp(at));
        writer.WriteString("event_type", "stats");
        writer.WriteStartObject("stats");
        writer.WriteNumber("uptime", (long)(at - _bootedAt).TotalSeconds);
        writer.WriteStartObject("capture");
        writer.WriteNumber("kernel_packets", _kernelPackets);
        writer.WriteNumber("kernel_drops", _kernelDrops);
        writer.WriteNumber("errors", 0);
        writer.WriteEndObject();
        writer.WriteStartObject("decoder");
        writer.WriteNumber("pkts", _kernelPackets - _kernelDrops);
        writer.WriteNumber("bytes", _bytes);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteAlert(Utf8JsonWriter writer, DateTimeOffset at)
    {
        var rule = Signatures[_random.Next(Signatures.Length)];
        bool inbound = rule.Sid is 2010937 or 2001219 or 2009358 or 2024218;
        string outside = string.Create(CultureInfo.InvariantCulture, $"203.0.113.{_random.Next(1, 255)}");
        string inside = string.Create(CultureInfo.InvariantCulture, $"192.168.{_random.Next(1, 4)}.{_random.Next(2, 250)}");
        Common(writer, at, "alert");
        writer.WriteString("src_ip", inbound ? outside : inside);
        writer.WriteNumber("src_port", inbound ? _random.Next(1024, 65535) : _random.Next(49152, 65535));
        writer.WriteString("dest_ip", inbound ? inside : outside);
        writer.WriteNumber("dest_port", rule.Port);
        writer.WriteString("proto", rule.Proto);
        writer.WriteString("app_proto", rule.App);
        writer.WriteStartObject("alert");
        writer.WriteString("action", "allowed");
        writer.WriteNumber("gid", 1);
        writer.WriteNumber("signature_id", rule.Sid);
        writer.WriteNumber("rev", 3);
        writer.WriteString("signature", rule.Signature);
        writer.WriteString("category", rule.Category);
        writer.WriteNumber("severity", rule.Severity);
        writer.WriteEndObject();
        writer.WriteStartObject("flow");
        writer.WriteNumber("pkts_toserver", _random.Next(1, 40));
        writer.WriteNumber("pkts_toclient", _random.Next(0, 40));
        writer.WriteNumber("bytes_toserver", _random.Next(60, 40_000));
        writer.WriteNumber("bytes_toclient", _random.Next(0, 400_000));
        writer.WriteString("start", EveTimestamp(at.AddSeconds(-_random.Next(1, 30))));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteOther(Utf8JsonWriter writer, DateTimeOffset at)
    {
        bool dns = _random.Next(2) == 0;
        Common(writer, at, dns ? "dns" : "flow");
        writer.WriteString("src_ip", string.Create(CultureInfo.InvariantCulture, $"192.168.1.{_random.Next(2, 250)}"));
        writer.WriteNumber("src_port", _random.Next(49152, 65535));
        writer.WriteString("dest_ip", dns ? "192.168.1.1" : "198.51.100.20");
        writer.WriteNumber("dest_port", dns ? 53 : 443);
        writer.WriteString("proto", dns ? "UDP" : "TCP");
        if (dns)
        {
            writer.WriteStartObject("dns");
            writer.WriteString("type", "query");
            writer.WriteNumber("id", _random.Next(65536));
            writer.WriteString("rrname", Domains[_random.Next(Domains.Length)]);
            writer.WriteString("rrtype", "A");
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteString("app_proto", "tls");
            writer.WriteStartObject("flow");
            writer.WriteNumber("pkts_toserver", _random.Next(5, 200));
            writer.WriteNumber("pkts_toclient", _random.Next(5, 400));
            writer.WriteNumber("bytes_toserver", _random.Next(600, 90_000));
            writer.WriteNumber("bytes_toclient", _random.Next(600, 900_000));
            writer.WriteString("state", "closed");
            writer.WriteString("reason", "timeout");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
