using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Money;

public class YenTests
{
    [Theory]
    [Trait("Article", "003 §8-7")]
    [InlineData(RoundingMode.Up, 334)]
    [InlineData(RoundingMode.Down, 333)]
    [InlineData(RoundingMode.HalfUp, 333)]
    public void MultiplyFraction_WhenAThirdOfAThousand_RoundsByPolicy(RoundingMode rounding, long expected)
    {
        new Yen(1000).MultiplyFraction(1, 3, rounding).ShouldBe(new Yen(expected));
    }

    [Theory]
    [InlineData(RoundingMode.Up, -334)]
    [InlineData(RoundingMode.Down, -333)]
    public void MultiplyFraction_WhenCredit_RoundsMagnitudeLikeACharge(RoundingMode rounding, long expected)
    {
        new Yen(-1000).MultiplyFraction(1, 3, rounding).ShouldBe(new Yen(expected));
    }

    [Fact]
    public void MultiplyFraction_WhenExactlyHalf_HalfUpRaises()
    {
        new Yen(5).MultiplyFraction(1, 2, RoundingMode.HalfUp).ShouldBe(new Yen(3));
    }

    [Fact]
    public void ToString_FormatsWithYenSignAndThousandsSeparators()
    {
        new Yen(1234567).ToString().ShouldBe("¥1,234,567");
    }

    [Fact]
    public void Negation_TurnsChargeIntoCredit()
    {
        (-new Yen(500)).ShouldBe(new Yen(-500));
        (-new Yen(500)).IsNegative.ShouldBeTrue();
    }

    [Fact]
    public void Sum_OfNone_IsZero()
    {
        Yen.Sum([]).ShouldBe(Yen.Zero);
    }

    [Fact]
    public void Sum_AddsChargesAndCredits()
    {
        Yen.Sum([new Yen(1000), new Yen(-300), new Yen(5)]).ShouldBe(new Yen(705));
    }

    [Fact]
    public void Sum_Overflow_Throws()
    {
        Should.Throw<OverflowException>(() => Yen.Sum([new Yen(long.MaxValue), new Yen(1)]));
    }
}
