using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Ingest;

internal sealed record LineRejection(int Line, string Reason);

internal sealed record ParsedBatch(IReadOnlyList<TelemetryEvent> Events, IReadOnlyList<LineRejection> Rejected, int Skipped);

// Turns an NDJSON body of Suricata EVE records (plus our heartbeat record) into telemetry events. Every line is judged
// on its own: a bad line is reported with its 1-based number and a reason, and never stops the lines after it.
internal sealed class EveLineParser
{
    private readonly OtherEventTypeRule _otherRule;
    private readonly HashSet<string> _skip;
    private readonly int _maxRawJsonLength;

    public EveLineParser(IOptions<BridgeOptions> options)
    {
        _otherRule = options.Value.OtherEventTypes;
        _skip = new HashSet<string>(options.Value.SkipEventTypes, StringComparer.Ordinal);
        _maxRawJsonLength = options.Value.MaxRawJsonLength;
    }

    public ParsedBatch Parse(string serial, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt)
    {
        var events = new List<TelemetryEvent>();
        var rejected = new List<LineRejection>();
        int skipped = 0;
        int lineNumber = 0;
        ReadOnlySpan<byte> rest = body.Span;
        int offset = 0;
        while (offset < body.Length)
        {
            lineNumber++;
            int newline = rest[offset..].IndexOf((byte)'\n');
            int end = newline < 0 ? body.Length : offset + newline;
            ReadOnlyMemory<byte> line = body[offset..end];
            offset = end + 1;
            if (line.Length > 0 && line.Span[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.Span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            LineResult result = ParseLine(serial, line, receivedAt);
            switch (result.Outcome)
            {
                // What the hub would refuse (and with it the whole shared batch) is refused here, to this appliance only.
                case LineOutcome.Accepted when TelemetryEventRules.Problem(result.Event, _maxRawJsonLength) is { } limit:
                    rejected.Add(new LineRejection(lineNumber, "exceeds the hub's limits: " + limit));
                    break;
                case LineOutcome.Accepted:
                    events.Add(result.Event!);
                    break;
                case LineOutcome.Skipped:
                    skipped++;
                    break;
                case LineOutcome.Rejected:
                    rejected.Add(new LineRejection(lineNumber, result.Reason!));
                    break;
            }
        }

        return new ParsedBatch(events, rejected, skipped);
    }

    private enum LineOutcome
    {
        Accepted,
        Skipped,
        Rejected,
    }

    private readonly record struct LineResult(LineOutcome Outcome, TelemetryEvent? Event, string? Reason)
    {
        public static LineResult Reject(string reason) => new(LineOutcome.Rejected, null, reason);
    }

    private LineResult ParseLine(string serial, ReadOnlyMemory<byte> line, DateTimeOffset receivedAt)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            return LineResult.Reject($"not valid JSON: {ex.Message}");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return LineResult.Reject("not a JSON object");
            }

            if (!root.TryGetProperty("event_type", out JsonElement typeElement) || typeElement.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(typeElement.GetString()))
            {
                return LineResult.Reject("missing or empty \"event_type\"");
            }

            string eventType = typeElement.GetString()!;
            DateTimeOffset observedAt = receivedAt;
            if (root.TryGetProperty("timestamp", out JsonElement timestamp))
            {
                if (timestamp.ValueKind != JsonValueKind.String || !TryParseEveTimestamp(timestamp.GetString()!, out observedAt))
                {
                    return LineResult.Reject("\"timestamp\" is not an ISO 8601 instant such as 2026-04-01T09:00:00.000000+0900");
                }
            }

            if (_skip.Contains(eventType))
            {
                return new LineResult(LineOutcome.Skipped, null, null);
            }

            TelemetryKind kind;
            HeartbeatPayload? heartbeat = null;
            CaptureStatsPayload? stats = null;
            AlertPayload? alert = null;
            string? problem;
            switch (eventType)
            {
                case "heartbeat":
                    kind = TelemetryKind.Heartbeat;
                    problem = ReadHeartbeat(root, out heartbeat);
                    break;
                case "stats":
                    kind = TelemetryKind.CaptureStats;
                    problem = ReadStats(root, out stats);
                    break;
                case "alert":
                    kind = TelemetryKind.Alert;
                    problem = ReadAlert(root, out alert);
                    break;
                default:
                    if (_otherRule == OtherEventTypeRule.Skip)
                    {
                        return new LineResult(LineOutcome.Skipped, null, null);
                    }

                    kind = TelemetryKind.Other;
                    problem = null;
                    break;
            }

            if (problem is not null)
            {
                return LineResult.Reject(problem);
            }

            var telemetry = new TelemetryEvent(
                TelemetryEventId.Derive(serial, line.Span),
                serial,
                observedAt,
                receivedAt,
                kind,
                heartbeat,
                stats,
                alert,
                eventType,
                Encoding.UTF8.GetString(line.Span));
            return new LineResult(LineOutcome.Accepted, telemetry, null);
        }
    }

    // EVE writes offsets without a colon (+0900); .NET parses only +09:00, so insert it.
    internal static bool TryParseEveTimestamp(string text, out DateTimeOffset value)
    {
        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && char.IsAsciiDigit(text[^4]) && char.IsAsciiDigit(text[^1]))
        {
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    private static string? ReadHeartbeat(JsonElement root, out HeartbeatPayload? payload)
    {
        payload = null;
        if (!root.TryGetProperty("heartbeat", out JsonElement hb) || hb.ValueKind != JsonValueKind.Object)
        {
            return "heartbeat record without a \"heartbeat\" object";
        }

        double? memory = null;
        double? disk = null;
        long? uptime = null;
        long? endpoints = null;
        string? problem = Percent(hb, "cpu_percent", out double? cpu)
            ?? Percent(hb, "memory_percent", out memory)
            ?? Percent(hb, "disk_percent", out disk)
            ?? Counter(hb, "uptime", "heartbeat.uptime", out uptime)
            ?? Counter(hb, "endpoints", "heartbeat.endpoints", out endpoints);
        if (problem is not null)
        {
            return problem;
        }

        string? version = null;
        if (hb.TryGetProperty("version", out JsonElement v))
        {
            if (v.ValueKind != JsonValueKind.String)
            {
                return "heartbeat.version must be a string";
            }

            version = v.GetString();
        }

        payload = new HeartbeatPayload(cpu, memory, disk, uptime, version, endpoints);
        return null;
    }

    private static string? ReadStats(JsonElement root, out CaptureStatsPayload? payload)
    {
        payload = null;
        if (!root.TryGetProperty("stats", out JsonElement stats) || stats.ValueKind != JsonValueKind.Object)
        {
            return "stats record without a \"stats\" object";
        }

        long? packets = null;
        long? drops = null;
        long? bytes = null;
        long? decoded = null;
        string? problem = Counter(stats, "uptime", "stats.uptime", out long? uptime);
        if (problem is null && stats.TryGetProperty("capture", out JsonElement capture) && capture.ValueKind == JsonValueKind.Object)
        {
            problem = Counter(capture, "kernel_packets", "stats.capture.kernel_packets", out packets)
                ?? Counter(capture, "kernel_drops", "stats.capture.kernel_drops", out drops);
        }

        if (problem is null && stats.TryGetProperty("decoder", out JsonElement decoder) && decoder.ValueKind == JsonValueKind.Object)
        {
            problem = Counter(decoder, "bytes", "stats.decoder.bytes", out bytes)
                ?? Counter(decoder, "pkts", "stats.decoder.pkts", out decoded);
        }

        if (problem is not null)
        {
            return problem;
        }

        // Reading a pcap file there is no capture section: the decoder's packet counter is the only one.
        payload = new CaptureStatsPayload(packets, drops, bytes, uptime, decoded);
        return null;
    }

    private static string? ReadAlert(JsonElement root, out AlertPayload? payload)
    {
        payload = null;
        if (!root.TryGetProperty("alert", out JsonElement alert) || alert.ValueKind != JsonValueKind.Object)
        {
            return "alert record without an \"alert\" object";
        }

        if (!alert.TryGetProperty("signature_id", out JsonElement sid) || !sid.TryGetInt64(out long signatureId))
        {
            return "alert.signature_id missing or not an integer";
        }

        if (!alert.TryGetProperty("signature", out JsonElement sig) || sig.ValueKind != JsonValueKind.String)
        {
            return "alert.signature missing or not a string";
        }

        if (!alert.TryGetProperty("severity", out JsonElement sev) || !sev.TryGetInt32(out int severity) || severity is < 1 or > 4)
        {
            return "alert.severity missing or not an integer from 1 to 4";
        }

        int? destPort = null;
        string? problem = Port(root, "src_port", out int? srcPort) ?? Port(root, "dest_port", out destPort);
        if (problem is not null)
        {
            return problem;
        }

        // ICMP and other port-less protocols have no src_port/dest_port; rules without a classtype give "category": "".
        payload = new AlertPayload(
            signatureId,
            sig.GetString()!,
            OptionalString(alert, "category"),
            severity,
            Address(root, "src_ip"),
            srcPort,
            Address(root, "dest_ip"),
            destPort,
            OptionalString(root, "proto"),
            OptionalString(root, "app_proto"));
        return null;
    }

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    // Suricata writes IPv6 fully expanded (2001:0db8:0000:…:0001); stored in the canonical short form so the same host is
    // one address wherever it appears. IPv4 and anything unparseable stay as sent.
    private static string? Address(JsonElement parent, string name) =>
        OptionalString(parent, name) is { } text && text.Contains(':', StringComparison.Ordinal) && IPAddress.TryParse(text, out IPAddress? address)
            ? address.ToString()
            : OptionalString(parent, name);

    private static string? Percent(JsonElement parent, string name, out double? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (!element.TryGetDouble(out double number) || number is < 0 or > 100)
        {
            return $"heartbeat.{name} must be a number from 0 to 100";
        }

        value = number;
        return null;
    }

    private static string? Counter(JsonElement parent, string name, string path, out long? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (!element.TryGetInt64(out long number) || number < 0)
        {
            return $"{path} must be a non-negative integer";
        }

        value = number;
        return null;
    }

    private static string? Port(JsonElement parent, string name, out int? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (!element.TryGetInt32(out int port) || port is < 0 or > 65535)
        {
            return $"{name} must be an integer from 0 to 65535";
        }

        value = port;
        return null;
    }
}
