using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.ParameterSheets;

public class ParameterSheetTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(9));

    public static ParameterSheetContent Valid() => new()
    {
        SiteName = "本社 サーバールーム",
        SiteAddress = "東京都港区芝浦3-4-1",
        ManagementIp = "192.168.10.20",
        PrefixLength = 24,
        Gateway = "192.168.10.1",
        DnsServers = "192.168.10.2, 8.8.8.8",
        NtpServers = "ntp.nict.jp",
        Proxy = "proxy.example.jp:8080",
        MirrorPort = "コアSW GigabitEthernet1/0/48",
        MonitoredSegments = "192.168.10.0/24, 10.20.0.0/16",
        ExpectedBandwidthMbps = 500,
        ExpectedEndpoints = 300,
        NotificationEmails = "soc@example.jp",
        NotificationLanguage = "ja",
        OnSiteContactName = "鈴木 一郎",
        OnSiteContactPhone = "03-1234-5678",
    };

    [Fact]
    [Trait("Article", "004 別紙4 §2-4")]
    public void Validate_WhenEveryFieldIsFine_ReportsNothing()
    {
        Valid().Validate(ApplianceModel.CyberThreatSensor).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_WhenGatewayIsOutsideTheSubnet_SaysSo()
    {
        var problems = (Valid() with { Gateway = "192.168.11.1" }).Validate(ApplianceModel.CyberThreatSensor);

        problems[nameof(ParameterSheetContent.Gateway)].ShouldBe(SheetFieldProblem.GatewayOutsideSubnet);
    }

    [Theory]
    [InlineData("192.168.10.5/24", SheetFieldProblem.HostBitsSet)]
    [InlineData("10.0.0.0/8, 10.20.0.0/16", SheetFieldProblem.OverlappingSegments)]
    [InlineData("10.0.0.0/33", SheetFieldProblem.InvalidAddress)]
    [InlineData("", SheetFieldProblem.Required)]
    public void Validate_MonitoredSegments_MustBeDisjointNetworks(string segments, SheetFieldProblem expected)
    {
        var problems = (Valid() with { MonitoredSegments = segments }).Validate(ApplianceModel.CyberThreatSensor);

        problems[nameof(ParameterSheetContent.MonitoredSegments)].ShouldBe(expected);
    }

    [Fact]
    [Trait("Article", "004 別紙2")]
    public void Validate_WhenLoadExceedsOneAppliance_ReportsTheModelLimit()
    {
        var problems = (Valid() with { ExpectedEndpoints = 1_200, ExpectedBandwidthMbps = 1_500 }).Validate(ApplianceModel.CyberThreatSensor);

        problems[nameof(ParameterSheetContent.ExpectedEndpoints)].ShouldBe(SheetFieldProblem.AboveModelLimit);
        problems[nameof(ParameterSheetContent.ExpectedBandwidthMbps)].ShouldBe(SheetFieldProblem.AboveModelLimit);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(1L, false)]
    [InlineData(10_000L, false)]
    [InlineData(0L, true)]
    [InlineData(-100L, true)]
    [InlineData(1_000_000L, true)]
    public void Validate_LineSpeed_IsOptionalAndWithinAPlausibleRange(long? lineSpeed, bool refused)
    {
        var problems = (Valid() with { LineSpeedMbps = lineSpeed }).Validate(ApplianceModel.CyberThreatSensor);

        problems.ContainsKey(nameof(ParameterSheetContent.LineSpeedMbps)).ShouldBe(refused);
        problems.Count.ShouldBe(refused ? 1 : 0);
    }

    [Fact]
    public void Validate_BadContactDetails_AreReported()
    {
        var problems = (Valid() with { NotificationEmails = "soc@", OnSiteContactPhone = "12", Proxy = "proxy" }).Validate(ApplianceModel.CyberThreatSensor);

        problems.Keys.ShouldBe([nameof(ParameterSheetContent.NotificationEmails), nameof(ParameterSheetContent.OnSiteContactPhone), nameof(ParameterSheetContent.Proxy)], ignoreOrder: true);
    }

    [Fact]
    [Trait("Article", "004 別紙4 §2-4..§2-6")]
    public void Workflow_SubmitReturnReviseResubmitRegisterConfirm_KeepsEveryVersion()
    {
        var sheet = new ParameterSheet(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, "CTS", Valid(), At, "partner");

        sheet.MoveTo(ParameterSheetStatus.Submitted, At, "partner", null).ShouldBeTrue();
        sheet.Revise(Valid() with { SiteName = "x" }, At, "partner").ShouldBeFalse();
        sheet.MoveTo(ParameterSheetStatus.Returned, At, "ops", null).ShouldBeFalse();
        sheet.MoveTo(ParameterSheetStatus.Returned, At, "ops", "NTPを指定してください").ShouldBeTrue();
        sheet.Revise(Valid() with { NtpServers = "ntp.nict.jp, ntp.jst.mfeed.ad.jp" }, At, "partner").ShouldBeTrue();
        sheet.MoveTo(ParameterSheetStatus.Submitted, At, "partner", null).ShouldBeTrue();
        sheet.MoveTo(ParameterSheetStatus.Registered, At, "ops", null).ShouldBeTrue();
        sheet.ConfirmByTelemetry(At, "CTS-26A0001").ShouldBeTrue();

        sheet.Status.ShouldBe(ParameterSheetStatus.DataCollectionConfirmed);
        sheet.ConfirmationSource.ShouldBe("telemetry from CTS-26A0001");
        sheet.Versions.Select(v => v.Number).ShouldBe([1, 2]);
        sheet.Versions[1].Content.DiffFrom(sheet.Versions[0].Content).ShouldBe([("NtpServers", "ntp.nict.jp", "ntp.nict.jp, ntp.jst.mfeed.ad.jp")]);
    }

    [Fact]
    public void ConfirmByTelemetry_BeforeRegistration_DoesNothing()
    {
        var sheet = new ParameterSheet(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, "CTS", Valid(), At, "partner");

        sheet.ConfirmByTelemetry(At, "CTS-1").ShouldBeFalse();

        sheet.Status.ShouldBe(ParameterSheetStatus.Draft);
    }
}
