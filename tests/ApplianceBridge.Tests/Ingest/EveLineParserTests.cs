using System.Text;
using ApplianceBridge.Ingest;
using ApplianceBridge.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Tests.Ingest;

public sealed class EveLineParserTests
{
    private static readonly DateTimeOffset Received = new(2026, 4, 1, 0, 5, 0, TimeSpan.Zero);
    private readonly EveLineParser _parser = new(Options.Create(new BridgeOptions()));

    [Fact]
    public void Parse_CrLfAndBlankLines_CountedInLineNumbers()
    {
        string body = Eve.Alert(1) + "\r\n\r\n" + "oops\r\n" + Eve.Stats(1);

        ParsedBatch parsed = _parser.Parse("SN-1", Encoding.UTF8.GetBytes(body), Received);

        parsed.Events.Count.ShouldBe(2);
        parsed.Rejected.ShouldHaveSingleItem().Line.ShouldBe(3);
        parsed.Events[0].EventId.ShouldBe(TelemetryEventId.Derive("SN-1", Encoding.UTF8.GetBytes(Eve.Alert(1))));
    }

    [Fact]
    public void Parse_StatsWithoutUptime_PcapModeAccepted()
    {
        string line = """{"timestamp":"2026-04-01T09:00:00.000000+0900","event_type":"stats","stats":{"capture":{"kernel_packets":10,"kernel_drops":1}}}""";

        TelemetryEvent stats = _parser.Parse("SN-1", Encoding.UTF8.GetBytes(line), Received).Events.ShouldHaveSingleItem();

        stats.CaptureStats.ShouldBe(new CaptureStatsPayload(10, 1, null, null));
    }

    [Fact]
    public void Parse_NoTimestamp_ObservedAtIsReceivedAt()
    {
        TelemetryEvent heartbeat = _parser.Parse("SN-1", """{"event_type":"heartbeat","heartbeat":{"cpu_percent":5}}"""u8.ToArray(), Received)
            .Events.ShouldHaveSingleItem();

        heartbeat.ObservedAt.ShouldBe(Received);
        heartbeat.Heartbeat!.CpuPercent.ShouldBe(5);
    }

    [Theory]
    [InlineData("""{"event_type":"heartbeat","heartbeat":{"cpu_percent":140}}""", "heartbeat.cpu_percent")]
    [InlineData("""{"event_type":"heartbeat"}""", "\"heartbeat\" object")]
    [InlineData("""{"event_type":"stats","stats":{"capture":{"kernel_drops":-1}}}""", "stats.capture.kernel_drops")]
    [InlineData("""{"event_type":"alert","alert":{"signature":"x","severity":1}}""", "alert.signature_id")]
    [InlineData("""{"event_type":"alert","dest_port":70000,"alert":{"signature_id":1,"signature":"x","severity":1}}""", "dest_port")]
    public void Parse_InvalidField_RejectedWithFieldInReason(string line, string expected)
    {
        LineRejection rejection = _parser.Parse("SN-1", Encoding.UTF8.GetBytes(line), Received).Rejected.ShouldHaveSingleItem();

        rejection.Reason.ShouldContain(expected);
    }

    [Theory]
    [InlineData("2026-04-01T09:00:00.123456+0900", "2026-04-01T00:00:00.123456+00:00")]
    [InlineData("2026-04-01T09:00:00.123456+09:00", "2026-04-01T00:00:00.123456+00:00")]
    [InlineData("2026-04-01T00:00:00Z", "2026-04-01T00:00:00+00:00")]
    [InlineData("2026-03-31T19:00:00.5-0500", "2026-04-01T00:00:00.5+00:00")]
    public void TryParseEveTimestamp_Formats_SameInstant(string text, string utc)
    {
        EveLineParser.TryParseEveTimestamp(text, out DateTimeOffset value).ShouldBeTrue();

        value.ShouldBe(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Lines as Suricata really writes them, one shape each.</summary>
public sealed class EveLineParserSuricataShapesTests
{
    private static readonly DateTimeOffset Received = new(2026, 4, 1, 0, 5, 0, TimeSpan.Zero);
    private readonly EveLineParser _parser = new(Options.Create(new BridgeOptions()));

    private TelemetryEvent Single(string line) =>
        _parser.Parse("SN-1", Encoding.UTF8.GetBytes(line), Received).Events.ShouldHaveSingleItem();

    [Fact]
    public void Parse_AfPacketStatsWithCaptureSection_ReadsKernelAndDecoderCounters()
    {
        const string line = """{"timestamp":"2026-04-01T09:00:08.000125+0900","event_type":"stats","stats":{"uptime":3608,"capture":{"kernel_packets":1200345,"kernel_drops":1523,"errors":0,"afpacket":{"busy_loop_avg":0,"polls":10210,"poll_signal":0,"poll_timeout":118,"poll_data":10092,"poll_errors":0,"send_errors":0}},"decoder":{"pkts":1198822,"bytes":987654321,"invalid":3,"ipv4":1190000,"ipv6":8822,"ethernet":1198822,"avg_pkt_size":823,"max_pkt_size":1514},"flow":{"memuse":7474304},"tcp":{"sessions":2033}}}""";

        Single(line).CaptureStats.ShouldBe(new CaptureStatsPayload(1200345, 1523, 987654321, 3608, 1198822));
    }

    [Fact]
    public void Parse_PcapModeStatsWithoutCaptureSection_ReadsDecoderPackets()
    {
        const string line = """{"timestamp":"2026-04-01T09:00:08.000125+0900","event_type":"stats","stats":{"uptime":8,"decoder":{"pkts":40211,"bytes":30112456,"invalid":0,"ipv4":40211,"ethernet":40211},"flow":{"memuse":7474304},"app_layer":{"flow":{"http":120,"tls":301,"dns_udp":812}}}}""";

        Single(line).CaptureStats.ShouldBe(new CaptureStatsPayload(null, null, 30112456, 8, 40211));
    }

    [Fact]
    public void Parse_StatsAfterARestart_CountersAndUptimeStartAgainAndAreAccepted()
    {
        string before = """{"timestamp":"2026-04-01T09:00:00.000000+0900","event_type":"stats","stats":{"uptime":86400,"capture":{"kernel_packets":90000000,"kernel_drops":1200}}}""";
        string after = """{"timestamp":"2026-04-01T09:01:00.000000+0900","event_type":"stats","stats":{"uptime":8,"capture":{"kernel_packets":512,"kernel_drops":0}}}""";

        var events = _parser.Parse("SN-1", Encoding.UTF8.GetBytes(before + "\n" + after), Received).Events;

        events.Select(e => e.CaptureStats!.UptimeSeconds).ShouldBe([86400L, 8L]);
        events.Select(e => e.CaptureStats!.KernelPackets).ShouldBe([90000000L, 512L]);
    }

    [Theory]
    // v1 (Suricata 4/5, or version 1 configured): one record per query and per answer.
    [InlineData("""{"timestamp":"2026-04-01T09:00:00.100000+0900","flow_id":1781262453311462,"in_iface":"eth1","event_type":"dns","src_ip":"192.168.10.23","src_port":53122,"dest_ip":"192.168.10.2","dest_port":53,"proto":"UDP","dns":{"type":"query","id":41234,"rrname":"update.example.com","rrtype":"A","tx_id":0}}""")]
    [InlineData("""{"timestamp":"2026-04-01T09:00:00.120000+0900","flow_id":1781262453311462,"event_type":"dns","src_ip":"192.168.10.2","src_port":53,"dest_ip":"192.168.10.23","dest_port":53122,"proto":"UDP","dns":{"type":"answer","id":41234,"rcode":"NOERROR","rrname":"update.example.com","rrtype":"A","ttl":300,"rdata":"203.0.113.50"}}""")]
    // v2 (Suricata 5–7): one answer record with the answers array and grouped form.
    [InlineData("""{"timestamp":"2026-04-01T09:00:00.120000+0900","flow_id":1781262453311462,"event_type":"dns","src_ip":"192.168.10.2","src_port":53,"dest_ip":"192.168.10.23","dest_port":53122,"proto":"UDP","dns":{"version":2,"type":"answer","id":41234,"flags":"8180","qr":true,"rd":true,"ra":true,"rrname":"update.example.com","rrtype":"A","rcode":"NOERROR","answers":[{"rrname":"update.example.com","rrtype":"A","ttl":300,"rdata":"203.0.113.50"}],"grouped":{"A":["203.0.113.50"]}}}""")]
    // v3 (Suricata 8): request/response with queries and answers arrays.
    [InlineData("""{"timestamp":"2026-04-01T09:00:00.100000+0900","flow_id":1781262453311462,"event_type":"dns","src_ip":"192.168.10.23","src_port":53122,"dest_ip":"192.168.10.2","dest_port":53,"proto":"UDP","pkt_src":"wire/pcap","dns":{"version":3,"type":"request","tx_id":0,"id":41234,"flags":"100","rd":true,"opcode":0,"queries":[{"rrname":"update.example.com","rrtype":"A"}]}}""")]
    [InlineData("""{"timestamp":"2026-04-01T09:00:00.120000+0900","flow_id":1781262453311462,"event_type":"dns","src_ip":"192.168.10.2","src_port":53,"dest_ip":"192.168.10.23","dest_port":53122,"proto":"UDP","pkt_src":"wire/pcap","dns":{"version":3,"type":"response","tx_id":0,"id":41234,"flags":"8180","qr":true,"rd":true,"ra":true,"opcode":0,"rcode":"NOERROR","queries":[{"rrname":"update.example.com","rrtype":"A"}],"answers":[{"rrname":"update.example.com","rrtype":"A","ttl":300,"rdata":"203.0.113.50"}]}}""")]
    public void Parse_DnsRecordOfEveryLayout_KeptAsADnsRecordWithItsTime(string line)
    {
        var dns = Single(line);

        dns.Kind.ShouldBe(TelemetryKind.Other);
        dns.EveEventType.ShouldBe("dns");
        dns.ObservedAt.Date.ShouldBe(new DateTime(2026, 4, 1));
        dns.ObservedAt.Offset.ShouldBe(TimeSpan.FromHours(9));
        dns.RawJson.ShouldBe(line);
    }

    [Theory]
    [InlineData("+0900", 9 * 60)]
    [InlineData("+09:00", 9 * 60)]
    [InlineData("Z", 0)]
    [InlineData("+0000", 0)]
    [InlineData("-0500", -5 * 60)]
    [InlineData("-05:00", -5 * 60)]
    [InlineData("+0530", (5 * 60) + 30)]
    [InlineData("+0545", (5 * 60) + 45)]
    [InlineData("-0930", -((9 * 60) + 30))]
    [InlineData("+1400", 14 * 60)]
    public void Parse_TimestampWithAnyOffsetForm_IsTheWallClockAtThatOffset(string offset, int minutes)
    {
        var record = Single($$$"""{"timestamp":"2026-04-01T09:00:00.250000{{{offset}}}","event_type":"flow","flow":{"state":"closed"}}""");

        record.ObservedAt.ShouldBe(new DateTimeOffset(2026, 4, 1, 9, 0, 0, 250, TimeSpan.FromMinutes(minutes)));
    }

    [Fact]
    public void Parse_LinesOutOfTimeOrder_EachKeepsItsOwnTimeAndNoneIsLost()
    {
        string[] lines =
        [
            """{"timestamp":"2026-04-01T09:00:05.000000+0900","event_type":"flow","flow_id":3}""",
            """{"timestamp":"2026-04-01T08:59:58.000000+0900","event_type":"flow","flow_id":1}""",
            """{"timestamp":"2026-04-01T09:00:01.000000+0900","event_type":"flow","flow_id":2}""",
        ];

        var events = _parser.Parse("SN-1", Encoding.UTF8.GetBytes(string.Join('\n', lines)), Received).Events;

        events.Select(e => e.ObservedAt.Second).ShouldBe([5, 58, 1]);
        events.Select(e => e.EventId).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Parse_AlertWithFullyExpandedIpv6_StoresTheCanonicalAddress()
    {
        var alert = Single("""{"timestamp":"2026-04-01T09:00:00.000000+0900","event_type":"alert","src_ip":"2001:0db8:0000:0000:0000:0000:0000:0017","src_port":51234,"dest_ip":"fe80:0000:0000:0000:0202:b3ff:fe1e:8329","dest_port":443,"proto":"TCP","alert":{"action":"allowed","gid":1,"signature_id":2027865,"rev":3,"signature":"ET INFO Observed DNS Query to .cloud TLD","category":"Potentially Bad Traffic","severity":2}}""")
            .Alert!;

        alert.SourceIp.ShouldBe("2001:db8::17");
        alert.DestinationIp.ShouldBe("fe80::202:b3ff:fe1e:8329");
    }

    [Fact]
    public void Parse_AlertWithEmptyCategory_HasNoCategory()
    {
        var alert = Single("""{"timestamp":"2026-04-01T09:00:00.000000+0900","event_type":"alert","src_ip":"192.168.10.23","src_port":51234,"dest_ip":"198.51.100.9","dest_port":80,"proto":"TCP","alert":{"action":"allowed","gid":1,"signature_id":9000001,"rev":1,"signature":"LOCAL HTTP vulnerability scan /cgi-bin/","category":"","severity":3}}""")
            .Alert!;

        alert.Category.ShouldBeNull();
        alert.Signature.ShouldBe("LOCAL HTTP vulnerability scan /cgi-bin/");
    }

    [Fact]
    public void Parse_IcmpAlertWithoutPorts_AcceptedWithoutPorts()
    {
        var alert = Single("""{"timestamp":"2026-04-01T09:00:00.000000+0900","flow_id":1,"event_type":"alert","src_ip":"192.168.10.99","dest_ip":"192.168.10.1","proto":"ICMP","icmp_type":8,"icmp_code":0,"alert":{"action":"allowed","gid":1,"signature_id":9000002,"rev":1,"signature":"LOCAL ICMP sweep","category":"Detection of a Network Scan","severity":3}}""")
            .Alert!;

        alert.SourcePort.ShouldBeNull();
        alert.DestinationPort.ShouldBeNull();
        alert.Protocol.ShouldBe("ICMP");
    }
}
