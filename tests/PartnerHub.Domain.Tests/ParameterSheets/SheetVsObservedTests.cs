using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.ParameterSheets;

/// <summary>Issue 14: the registered sheet against what the appliance reports (004 別紙2 §2-4 limits, 別紙4 sheet).</summary>
public class SheetVsObservedTests
{
    private static readonly ApplianceModel Cts = ApplianceModel.CyberThreatSensor;

    // 300 endpoints, 500 Mbps, 192.168.10.0/24 and 10.20.0.0/16.
    private static readonly ParameterSheetContent Sheet = ParameterSheetTests.Valid();

    private static SheetCheckResult Check(SheetCheck check, ParameterSheetContent sheet, ApplianceModel model, ApplianceObservation observed) =>
        SheetVsObserved.Compare(sheet, model, observed).Single(r => r.Check == check);

    private static ApplianceObservation Endpoints(long? endpoints) => new(endpoints, null, []);

    private static ApplianceObservation Addresses(params string[] addresses) => new(null, null, addresses);

    [Theory]
    [InlineData(300, SheetCheckOutcome.Matches, SheetCheckReason.None)]
    [InlineData(360, SheetCheckOutcome.Matches, SheetCheckReason.None)] // exactly the 20 % an estimate may be off
    [InlineData(361, SheetCheckOutcome.Mismatch, SheetCheckReason.AboveSheet)]
    [InlineData(1_180, SheetCheckOutcome.Mismatch, SheetCheckReason.AboveModel)] // beyond the 1,000 one sensor handles
    [InlineData(12, SheetCheckOutcome.Matches, SheetCheckReason.None)] // a quiet night is no mismatch
    public void Compare_EndpointsCounted_AgainstSheetAndModel(long observed, SheetCheckOutcome outcome, SheetCheckReason reason)
    {
        var result = Check(SheetCheck.Endpoints, Sheet, Cts, Endpoints(observed));

        result.Outcome.ShouldBe(outcome);
        result.Reason.ShouldBe(reason);
        result.Expected.ShouldBe(300);
        result.ModelLimit.ShouldBe(1000);
        result.Observed.ShouldBe(observed);
    }

    [Fact]
    public void Compare_NoHeartbeatWithEndpoints_IsNotComparable()
    {
        var result = Check(SheetCheck.Endpoints, Sheet, Cts, Endpoints(null));

        result.Outcome.ShouldBe(SheetCheckOutcome.NotComparable);
        result.Reason.ShouldBe(SheetCheckReason.NotReported);
    }

    [Fact]
    public void Compare_SheetWithoutExpectedEndpoints_StillFlagsTheModelLimit()
    {
        var blank = Sheet with { ExpectedEndpoints = 0 };

        Check(SheetCheck.Endpoints, blank, Cts, Endpoints(400)).Reason.ShouldBe(SheetCheckReason.NotOnSheet);
        Check(SheetCheck.Endpoints, blank, Cts, Endpoints(1_001)).Reason.ShouldBe(SheetCheckReason.AboveModel);
    }

    [Theory]
    [InlineData(253.4, SheetCheckOutcome.Matches, SheetCheckReason.None)]
    [InlineData(650.0, SheetCheckOutcome.Mismatch, SheetCheckReason.AboveSheet)]
    [InlineData(1_180.5, SheetCheckOutcome.Mismatch, SheetCheckReason.AboveModel)] // the sensor's 1 Gbps
    public void Compare_Bandwidth_AgainstSheetAndTheModelsGigabit(double mbps, SheetCheckOutcome outcome, SheetCheckReason reason)
    {
        var result = Check(SheetCheck.Bandwidth, Sheet, Cts, new ApplianceObservation(null, mbps, []));

        result.Outcome.ShouldBe(outcome);
        result.Reason.ShouldBe(reason);
        result.ModelLimit.ShouldBe(1000);
    }

    [Theory]
    [InlineData(99.9, SheetCheckOutcome.Matches, SheetCheckReason.None)]
    [InlineData(100.0, SheetCheckOutcome.Matches, SheetCheckReason.None)]
    [InlineData(100.1, SheetCheckOutcome.Mismatch, SheetCheckReason.AboveLineSpeed)] // a ceiling: no estimate tolerance
    [InlineData(1_180.5, SheetCheckOutcome.Mismatch, SheetCheckReason.AboveModel)] // the model's 1 Gbps still comes first
    public void Compare_BandwidthWithLineSpeed_IsJudgedByTheContractedLine(double mbps, SheetCheckOutcome outcome, SheetCheckReason reason)
    {
        var result = Check(SheetCheck.Bandwidth, Sheet with { LineSpeedMbps = 100 }, Cts, new ApplianceObservation(null, mbps, []));

        result.Outcome.ShouldBe(outcome);
        result.Reason.ShouldBe(reason);
        result.LineSpeed.ShouldBe(100);
        result.Expected.ShouldBe(500);
    }

    [Fact]
    public void Compare_BandwidthUnderLineSpeedButAboveTheEstimate_MatchesAndWithoutLineSpeedFallsBackToTheEstimate()
    {
        var observed = new ApplianceObservation(null, 800, []);

        Check(SheetCheck.Bandwidth, Sheet with { LineSpeedMbps = 1_000 }, Cts, observed).Outcome.ShouldBe(SheetCheckOutcome.Matches);
        var old = Check(SheetCheck.Bandwidth, Sheet with { LineSpeedMbps = null }, Cts, observed);
        old.Reason.ShouldBe(SheetCheckReason.AboveSheet);
        old.LineSpeed.ShouldBeNull();
        Check(SheetCheck.Bandwidth, Sheet with { LineSpeedMbps = 100 }, Cts, new ApplianceObservation(null, null, [])).Reason.ShouldBe(SheetCheckReason.NotReported);
    }

    [Fact]
    public void Compare_BandwidthOnAModelWithoutALimit_ComparesWithTheSheetOnly()
    {
        var utm = Check(SheetCheck.Bandwidth, Sheet, ApplianceModel.ChamberUtm, new ApplianceObservation(null, 5_000, []));

        utm.Reason.ShouldBe(SheetCheckReason.AboveSheet);
        utm.ModelLimit.ShouldBeNull();
    }

    [Fact]
    public void Compare_AddressesInsideTheSegments_Match()
    {
        var result = Check(SheetCheck.MonitoredSegments, Sheet, Cts, Addresses("192.168.10.25", "10.20.3.4", "203.0.113.9", "8.8.8.8"));

        result.Outcome.ShouldBe(SheetCheckOutcome.Matches);
        result.AddressesInside.ShouldBe(2);
        result.Segments.ShouldBe(["192.168.10.0/24", "10.20.0.0/16"]);
    }

    [Fact]
    public void Compare_LocalAddressesOutsideTheSegments_AreListedOnceEach()
    {
        var result = Check(SheetCheck.MonitoredSegments, Sheet, Cts,
            Addresses("192.168.10.25", "192.168.20.7", "172.16.0.9", "192.168.20.7", "::ffff:192.168.20.7", "203.0.113.9"));

        result.Outcome.ShouldBe(SheetCheckOutcome.Mismatch);
        result.Reason.ShouldBe(SheetCheckReason.OutsideMonitoredSegments);
        result.AddressesOutside.ShouldBe(["172.16.0.9", "192.168.20.7"]);
        result.AddressesInside.ShouldBe(1);
    }

    [Fact]
    public void Compare_Ipv6_ExpandedCompressedAndZoned_AgainstIpv6Segments()
    {
        var sheet = Sheet with { MonitoredSegments = "192.168.10.0/24, 2001:db8:10::/48" };

        var result = Check(SheetCheck.MonitoredSegments, sheet, Cts, Addresses(
            "2001:0db8:0010:0000:0000:0000:0000:0025", // fully expanded, as Suricata writes it: inside
            "fd12:3456:789a:1::20", // unique local, not on the sheet: outside
            "fe80::1%eth0", // link-local: says nothing about the site
            "ff02::fb", // multicast
            "2606:4700:4700::1111")); // an internet peer

        result.Outcome.ShouldBe(SheetCheckOutcome.Mismatch);
        result.AddressesInside.ShouldBe(1);
        result.AddressesOutside.ShouldBe(["fd12:3456:789a:1::20"]);
    }

    [Fact]
    public void Compare_PublicSegmentOnTheSheet_CountsItsAddressesAsTheSites()
    {
        var sheet = Sheet with { MonitoredSegments = "203.0.113.0/24" };

        var result = Check(SheetCheck.MonitoredSegments, sheet, Cts, Addresses("203.0.113.20", "198.51.100.7"));

        result.Outcome.ShouldBe(SheetCheckOutcome.Matches);
        result.AddressesInside.ShouldBe(1);
    }

    [Theory]
    [InlineData("", SheetCheckReason.NotOnSheet)]
    [InlineData("192.168.10.1/24, 社内LAN", SheetCheckReason.NotOnSheet)] // host bits and words: nothing valid to compare
    public void Compare_SheetWithoutAValidSegment_IsNotComparable(string segments, SheetCheckReason reason)
    {
        var result = Check(SheetCheck.MonitoredSegments, Sheet with { MonitoredSegments = segments }, Cts, Addresses("192.168.10.25"));

        result.Outcome.ShouldBe(SheetCheckOutcome.NotComparable);
        result.Reason.ShouldBe(reason);
    }

    [Fact]
    public void Compare_OnlyInternetPeersOrGarbageSeen_IsNotComparable()
    {
        var result = Check(SheetCheck.MonitoredSegments, Sheet, Cts, Addresses("203.0.113.9", "", "not-an-ip", "192.168.10", "999.1.1.1"));

        result.Outcome.ShouldBe(SheetCheckOutcome.NotComparable);
        result.Reason.ShouldBe(SheetCheckReason.NotReported);
    }

    [Fact]
    public void Compare_NothingReportedYet_EveryCheckIsNotComparable()
    {
        SheetVsObserved.Compare(Sheet, Cts, new ApplianceObservation(null, null, []))
            .ShouldAllBe(r => r.Outcome == SheetCheckOutcome.NotComparable && r.Reason == SheetCheckReason.NotReported);
    }
}
