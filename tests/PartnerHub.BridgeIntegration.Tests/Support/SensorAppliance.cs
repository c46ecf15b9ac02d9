using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using PartnerHub.Domain.Devices.Telemetry;

namespace PartnerHub.BridgeIntegration.Tests.Support;

/// <summary>
/// A sensor appliance as the bridge's README specifies it: NDJSON of Suricata EVE lines, signed with
/// HMAC-SHA256(secret, unix seconds + "\n" + body). Written here from the protocol text, independently of the bridge.
/// </summary>
public sealed class SensorAppliance(HttpClient bridge, string serial, string secret)
{
    public const string EventsPath = "/api/v1/events";

    public string Serial => serial;

    /// <summary>Signs with <paramref name="unixSeconds"/> (default: now); the bridge refuses the same signature twice (409).</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, CancellationToken cancellationToken, long? unixSeconds = null)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        long timestamp = unixSeconds ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        byte[] signed = [.. Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "\n"), .. bytes];
        using var request = new HttpRequestMessage(HttpMethod.Post, EventsPath) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        request.Headers.Add("X-Appliance-Serial", serial);
        request.Headers.Add("X-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Signature", Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)));
        return await bridge.SendAsync(request, cancellationToken);
    }

    public async Task<string> PostAcceptedAsync(string body, CancellationToken cancellationToken, long? unixSeconds = null)
    {
        using HttpResponseMessage response = await PostAsync(body, cancellationToken, unixSeconds);
        string text = await response.Content.ReadAsStringAsync(cancellationToken);
        ((int)response.StatusCode).ShouldBe(200, text);
        return text;
    }

    /// <summary>The contract's event id of one line (what the hub stores as the key).</summary>
    public string EventId(string line) => TelemetryEventId.Derive(serial, Encoding.UTF8.GetBytes(line));

    public IEnumerable<string> EventIds(string body) =>
        body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(EventId);
}

/// <summary>EVE lines as Suricata writes them (offset without a colon), numbered so every line is distinct.</summary>
public static class Eve
{
    private static string Stamp(DateTimeOffset at, int n) =>
        at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
        + string.Create(CultureInfo.InvariantCulture, $".{n % 1_000_000:D6}+0900");

    public static string Alert(DateTimeOffset at, int n, string signature = "ET MALWARE Cobalt Strike Beacon Observed",
        string category = "Malware Command and Control Activity Detected") => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"timestamp":"{{{Stamp(at, n)}}}","flow_id":{{{1000 + n}}},"in_iface":"eth1","event_type":"alert","src_ip":"192.168.10.23","src_port":{{{50000 + (n % 10000)}}},"dest_ip":"198.51.100.9","dest_port":443,"proto":"TCP","app_proto":"tls","alert":{"action":"allowed","gid":1,"signature_id":2028591,"rev":3,"signature":"{{{signature}}}","category":"{{{category}}}","severity":1}}""");

    public static string Stats(DateTimeOffset at, int n) => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"timestamp":"{{{Stamp(at, n)}}}","event_type":"stats","stats":{"capture":{"kernel_packets":{{{1_000_000 + n}}},"kernel_drops":{{{n}}}},"decoder":{"pkts":{{{999_000 + n}}},"bytes":{{{700_000_000 + n}}}},"uptime":{{{3600 + n}}}}}""");

    public static string Heartbeat(DateTimeOffset at, int n) => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"timestamp":"{{{Stamp(at, n)}}}","event_type":"heartbeat","heartbeat":{"cpu_percent":23.5,"memory_percent":61,"disk_percent":27.25,"uptime":{{{86_400 + n}}},"version":"7.0.8-sensor.3","endpoints":312}}""");

    public static string Lines(IEnumerable<string> lines) => string.Join("\n", lines) + "\n";

    public static string Alerts(DateTimeOffset at, int first, int count) => Lines(Enumerable.Range(first, count).Select(i => Alert(at, i)));
}
