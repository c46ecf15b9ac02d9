using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Devices;

public class SensorSoftwareVersionTests
{
    private static SensorSoftwareVersion V(string text) => SensorSoftwareVersion.Parse(text).ShouldNotBeNull();

    [Theory]
    [InlineData("7.0.10", "7.0.3")]
    [InlineData("7.0.10", "7.0.9")]
    [InlineData("7.1.0", "7.0.99")]
    [InlineData("10.0.0", "9.9.9")]
    [InlineData("7.1.0", "v7.1.0-rc1")]
    [InlineData("v7.1.0-rc10", "7.1.0-rc2")]
    [InlineData("7.1.0-rc1", "7.1.0-beta.3")]
    [InlineData("7.0.3", "7.0.3rc1")]
    [InlineData("7.0.1", "7")]
    [InlineData("7.0.0.1", "7.0")]
    public void CompareTo_RealWorldStrings_OrdersNumbersAsNumbersAndPreReleasesFirst(string newer, string older)
    {
        V(newer).CompareTo(V(older)).ShouldBePositive();
        V(older).CompareTo(V(newer)).ShouldBeNegative();
        (V(older) < V(newer)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("7.0.8", "7.0.8-sensor.3")]
    [InlineData("7.0.8", "v7.0.8")]
    [InlineData("7.0.8", "V7.0.8+git.1a2b3c")]
    [InlineData("7.0.8", " 7.0.8 ")]
    [InlineData("7.0", "7.0.0")]
    [InlineData("7.0.8", "7.0.8 (build 1234)")]
    [InlineData("7.0.8", "007.0.8")]
    public void CompareTo_BuildLabelsAndSpellings_RankTheSame(string a, string b)
    {
        V(a).CompareTo(V(b)).ShouldBe(0);
        (V(a) == V(b)).ShouldBeTrue();
        V(a).GetHashCode().ShouldBe(V(b).GetHashCode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("unknown")]
    [InlineData("n/a")]
    [InlineData("v")]
    [InlineData("7..0")]
    [InlineData("7.0.")]
    [InlineData(".7.0")]
    [InlineData("1.2.3.4.5")]
    [InlineData("-7.0.3")]
    [InlineData("7.0.99999999999")]
    [InlineData("７.０.３")]
    [InlineData("Suricata 7.0.3")]
    [InlineData("\u0000\u0001")]
    public void Parse_GarbageOrMissing_IsNoVersion(string? text)
    {
        SensorSoftwareVersion.Parse(text).ShouldBeNull();
        SensorSoftwareVersion.Check(text, V("7.0.8")).ShouldBe(SoftwareVersionCheck.Unknown);
    }

    [Fact]
    public void Parse_TooLong_IsNoVersion()
    {
        SensorSoftwareVersion.Parse("7.0.3-" + new string('x', 100)).ShouldBeNull();
    }

    [Theory]
    [InlineData("7.0.3", SoftwareVersionCheck.Below)]
    [InlineData("7.0.10", SoftwareVersionCheck.Meets)]
    [InlineData("7.0.8-sensor.3", SoftwareVersionCheck.Meets)]
    [InlineData("7.0.8-rc1", SoftwareVersionCheck.Below)]
    [InlineData("v7.1.0-rc1", SoftwareVersionCheck.Meets)]
    [InlineData("garbage", SoftwareVersionCheck.Unknown)]
    [InlineData(null, SoftwareVersionCheck.Unknown)]
    public void Check_AgainstRequired708_SaysBelowMeetsOrUnknown(string? reported, SoftwareVersionCheck expected)
    {
        SensorSoftwareVersion.Check(reported, V("7.0.8")).ShouldBe(expected);
    }

    [Theory]
    [InlineData("7.0.3")]
    [InlineData("garbage")]
    [InlineData(null)]
    public void Check_WithoutRequirement_SaysNoRequirement(string? reported)
    {
        SensorSoftwareVersion.Check(reported, null).ShouldBe(SoftwareVersionCheck.NoRequirement);
    }

    [Fact]
    public void InForce_SeveralRecords_TakesTheLatestDayNotAfterTheDayThenTheLatestRecorded()
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9));
        RequiredSoftwareVersion Record(string model, string version, DateOnly from, int minutesLater) =>
            RequiredSoftwareVersion.Record(Guid.NewGuid(), model, version, from, null, at.AddMinutes(minutesLater), "ops").Requirement.ShouldNotBeNull();
        var old = Record("CTS", "7.0.5", new DateOnly(2026, 11, 1), 0);
        var typo = Record("CTS", "7.8.0", new DateOnly(2026, 12, 1), 1);
        var correction = Record("CTS", "7.0.8", new DateOnly(2026, 12, 1), 2);
        var future = Record("CTS", "7.1.0", new DateOnly(2027, 1, 1), 3);
        var otherModel = Record("UTM-002", "9.0", new DateOnly(2026, 1, 1), 4);
        RequiredSoftwareVersion[] all = [old, typo, correction, future, otherModel];

        RequiredSoftwareVersion.InForce(all, "CTS", new DateOnly(2026, 11, 30)).ShouldBe(old);
        RequiredSoftwareVersion.InForce(all, "CTS", new DateOnly(2026, 12, 7)).ShouldBe(correction);
        RequiredSoftwareVersion.InForce(all, "CTS", new DateOnly(2027, 1, 1)).ShouldBe(future);
        RequiredSoftwareVersion.InForce(all, "CTS", new DateOnly(2026, 10, 31)).ShouldBeNull();
        RequiredSoftwareVersion.InForce(all, "UTM-002", new DateOnly(2026, 12, 7)).ShouldBe(otherModel);
    }

    [Theory]
    [InlineData("CTS", "seven", RequiredVersionProblem.NotAVersion)]
    [InlineData("CTS", "", RequiredVersionProblem.NotAVersion)]
    [InlineData(" ", "7.0.8", RequiredVersionProblem.ModelRequired)]
    public void Record_BadInput_IsRefusedWithItsReason(string model, string version, RequiredVersionProblem problem)
    {
        var (requirement, refused) = RequiredSoftwareVersion.Record(Guid.NewGuid(), model, version, new DateOnly(2026, 12, 7), null, DateTimeOffset.UnixEpoch, "ops");
        requirement.ShouldBeNull();
        refused.ShouldBe(problem);
    }

    [Theory]
    [InlineData("7.0.6-sensor.1", DeviceIssues.OutdatedSoftware)]
    [InlineData("7.0.8", DeviceIssues.None)]
    [InlineData("", DeviceIssues.SoftwareVersionUnknown)]
    [InlineData("not reported", DeviceIssues.SoftwareVersionUnknown)]
    public void Assess_WithRequiredVersion_FlagsOutdatedOrUnknownWithoutDegrading(string reported, DeviceIssues expected)
    {
        var t0 = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(9));
        var health = new DeviceHealth(Guid.NewGuid(), "SN-1", "CTS");
        health.Observe(new TelemetryEvent("hb", "SN-1", t0, t0, TelemetryKind.Heartbeat, new HeartbeatPayload(20, 50, 30, 3600, reported, 300), null, null, "heartbeat", "{}"));
        health.Observe(new TelemetryEvent("st1", "SN-1", t0, t0, TelemetryKind.CaptureStats, null, new CaptureStatsPayload(1_000_000, 0, 1_000_000_000, 3000), null, "stats", "{}"));

        var assessment = health.Assess(t0.AddMinutes(1), DeviceHealthPolicy.Default, ApplianceModel.CyberThreatSensor, V("7.0.8"));

        assessment.ShouldBe(new DeviceHealthAssessment(DeviceState.Online, expected));
        health.Assess(t0.AddMinutes(1), DeviceHealthPolicy.Default, ApplianceModel.CyberThreatSensor).Issues.ShouldBe(DeviceIssues.None);
    }
}
