using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Money;

public class TaxRateTests
{
    [Theory]
    [Trait("Article", "003 §8-7")]
    [InlineData(RoundingMode.Up, 11)]
    [InlineData(RoundingMode.Down, 10)]
    [InlineData(RoundingMode.HalfUp, 11)]
    public void TaxOnExcluded_WithFraction_RoundsByPolicy(RoundingMode rounding, long expected)
    {
        // 105 × 10% = 10.5
        new TaxRate(10).TaxOnExcluded(new Yen(105), rounding).ShouldBe(new Yen(expected));
    }

    [Theory]
    [Trait("Article", "002 §13-1")]
    [InlineData(79_200, 7_200)]
    [InlineData(99_000, 9_000)]
    public void TaxInIncluded_ChamberFees_CarvesOutTenElevenths(long included, long tax)
    {
        new TaxRate(10).TaxInIncluded(new Yen(included), RoundingMode.Down).ShouldBe(new Yen(tax));
    }

    [Theory]
    [InlineData(RoundingMode.Up, 10)]
    [InlineData(RoundingMode.Down, 9)]
    [InlineData(RoundingMode.HalfUp, 9)]
    public void TaxInIncluded_WithFraction_RoundsByPolicy(RoundingMode rounding, long expected)
    {
        // 100 × 10/110 = 9.09…
        new TaxRate(10).TaxInIncluded(new Yen(100), rounding).ShouldBe(new Yen(expected));
    }

    [Fact]
    public void TaxOnExcluded_Credit_RoundsLikeTheCharge()
    {
        new TaxRate(10).TaxOnExcluded(new Yen(-105), RoundingMode.Up).ShouldBe(new Yen(-11));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Constructor_OutOfRange_Throws(int percent)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TaxRate(percent));
    }

    [Fact]
    public void ToString_ShowsPercent()
    {
        new TaxRate(8).ToString().ShouldBe("8%");
    }
}
