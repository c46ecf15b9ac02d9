using PartnerHub.Domain.Devices.Telemetry;

namespace PartnerHub.Domain.Tests.Devices;

public class EveAddressesTests
{
    [Fact]
    public void From_SuricataFlowRecord_TakesTheTopLevelAddresses()
    {
        const string flow = """{"timestamp":"2026-12-07T09:00:01.000123+0900","flow_id":1436213478563461,"in_iface":"eth1","event_type":"flow","src_ip":"10.99.0.5","src_port":50123,"dest_ip":"198.51.100.9","dest_port":443,"proto":"TCP","app_proto":"tls","flow":{"pkts_toserver":12,"pkts_toclient":10,"bytes_toserver":1800,"bytes_toclient":5400,"start":"2026-12-07T08:59:58.000000+0900","end":"2026-12-07T09:00:01.000000+0900","age":3,"state":"closed","reason":"timeout","alerted":false}}""";

        EveAddresses.From(flow).ShouldBe(new EveAddresses("10.99.0.5", "198.51.100.9"));
    }

    [Fact]
    public void From_ExpandedIpv6AndIcmpWithoutPorts_KeepsTheAddressesAsSent()
    {
        const string icmp = """{"timestamp":"2026-12-07T00:00:00Z","event_type":"flow","src_ip":"fd00:0000:0000:0000:0000:0000:0000:0017","dest_ip":"2001:0db8:0000:0000:0000:0000:0000:0009","proto":"IPv6-ICMP","icmp_type":128}""";

        EveAddresses.From(icmp).ShouldBe(new EveAddresses("fd00:0000:0000:0000:0000:0000:0000:0017", "2001:0db8:0000:0000:0000:0000:0000:0009"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("{\"event_type\":\"flow\",\"src_ip\":")]
    [InlineData("[\"10.0.0.1\"]")]
    [InlineData("{\"event_type\":\"stats\",\"stats\":{\"uptime\":10}}")]
    [InlineData("{\"event_type\":\"flow\",\"src_ip\":12345,\"dest_ip\":null}")]
    [InlineData("{\"event_type\":\"flow\",\"src_ip\":\"\",\"dest_ip\":\"\"}")]
    [InlineData("{\"event_type\":\"dns\",\"dns\":{\"src_ip\":\"10.0.0.1\"}}")]
    public void From_MissingMalformedOrNestedAddresses_GivesNothing(string? raw)
    {
        EveAddresses.From(raw).ShouldBeNull();
    }

    [Fact]
    public void From_OneSideMissingOrOverLong_KeepsTheOther()
    {
        EveAddresses.From("{\"event_type\":\"dns\",\"src_ip\":\"192.168.10.5\"}").ShouldBe(new EveAddresses("192.168.10.5", null));
        EveAddresses.From("{\"event_type\":\"flow\",\"src_ip\":\"" + new string('1', 100) + "\",\"dest_ip\":\"10.0.0.2\"}").ShouldBe(new EveAddresses(null, "10.0.0.2"));
    }
}
