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
