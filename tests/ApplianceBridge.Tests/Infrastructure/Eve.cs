using System.Globalization;

namespace ApplianceBridge.Tests.Infrastructure;

// Suricata EVE lines as sensors write them (offset without a colon), numbered so every line is distinct.
public static class Eve
{
    public static string Alert(int n, int severity = 2) => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"timestamp":"2026-04-01T09:00:{{{n % 60:D2}}}.{{{n:D6}}}+0900","flow_id":{{{1000 + n}}},"in_iface":"eth1","event_type":"alert","src_ip":"203.0.113.7","src_port":51234,"dest_ip":"192.168.1.20","dest_port":445,"proto":"TCP","app_proto":"smb","alert":{"action":"allowed","gid":1,"signature_id":2024218,"rev":3,"signature":"ET EXPLOIT Possible ETERNALBLUE MS17-010 Echo Response","category":"Attempted Administrator Privilege Gain","severity":{{{severity}}}}}""");

    public static string Stats(int n) => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"timestamp":"2026-04-01T09:01:00.{{{n:D6}}}+0900","event_type":"stats","stats":{"capture":{"kernel_packets":{{{1_000_000 + n}}},"kernel_drops":{{{n}}}},"decoder":{"pkts":{{{999_000 + n}}},"bytes":{{{700_000_000 + n}}}},"uptime":{{{3600 + n}}}}}""");

    public static string Heartbeat(int n) => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"timestamp":"2026-04-01T09:02:00.{{{n:D6}}}+0900","event_type":"heartbeat","heartbeat":{"cpu_percent":23.5,"memory_percent":61,"disk_percent":27.25,"uptime":{{{86_400 + n}}},"version":"7.0.8-sensor.3"}}""");

    public static string Flow(int n) => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"timestamp":"2026-04-01T09:03:00.{{{n:D6}}}+0900","flow_id":{{{5000 + n}}},"event_type":"flow","src_ip":"192.168.1.5","dest_ip":"198.51.100.20","proto":"TCP"}""");

    public static string Lines(IEnumerable<string> lines) => string.Join("\n", lines) + "\n";

    public static string Alerts(int first, int count) => Lines(Enumerable.Range(first, count).Select(i => Alert(i)));
}
