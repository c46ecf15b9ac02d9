using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Pricing;

public class ApplianceSizingTests
{
    [Theory]
    [Trait("Article", "004 別紙2 §2-4-①②")]
    [InlineData(0, 0, 1, SizingDriver.Minimum)]
    [InlineData(1_000, 1_000, 1, SizingDriver.Minimum)]
    [InlineData(1_001, 500, 2, SizingDriver.Endpoints)]
    [InlineData(2_500, 900, 3, SizingDriver.Endpoints)]
    [InlineData(300, 2_500, 3, SizingDriver.Bandwidth)]
    [InlineData(2_001, 2_001, 3, SizingDriver.Endpoints)]
    [InlineData(1_500, 3_001, 4, SizingDriver.Bandwidth)]
    public void For_Sensor_TakesTheLargerOfEndpointAndBandwidthNeeds(int endpoints, long mbps, int units, SizingDriver driver)
    {
        ApplianceSizing sizing = ApplianceSizing.For(ApplianceModel.CyberThreatSensor, endpoints, mbps);

        sizing.Units.ShouldBe(units);
        sizing.Driver.ShouldBe(driver);
        sizing.Units.ShouldBe(Math.Max(1, Math.Max(sizing.UnitsForEndpoints, sizing.UnitsForBandwidth)));
    }

    [Theory]
    [Trait("Article", "002 §5-8")]
    [InlineData(100, 1)]
    [InlineData(101, 2)]
    [InlineData(250, 3)]
    public void For_ChamberUtm_HasNoBandwidthLimit(int devices, int units)
    {
        ApplianceSizing sizing = ApplianceSizing.For(ApplianceModel.ChamberUtm, devices, 100_000);

        sizing.Units.ShouldBe(units);
        sizing.UnitsForBandwidth.ShouldBe(0);
    }

    [Fact]
    public void For_NegativeInput_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ApplianceSizing.For(ApplianceModel.CyberThreatSensor, -1, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => ApplianceSizing.For(ApplianceModel.CyberThreatSensor, 0, -1));
    }

    [Fact]
    public void ApplianceModel_NonPositiveLimits_Throw()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ApplianceModel("X", 0, null));
        Should.Throw<ArgumentOutOfRangeException>(() => new ApplianceModel("X", 10, 0));
        Should.Throw<ArgumentException>(() => new ApplianceModel(" ", 10, null));
    }
}
