using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing;

public class OutageCreditTests
{
    private static readonly DateTimeOffset _aware = new(2025, 7, 1, 10, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [Trait("Article", "004 §7-2")]
    [InlineData(23.99, 0)]
    [InlineData(24, 1)]
    [InlineData(71.5, 2)]
    [InlineData(72, 3)]
    public void FullDays_CountsOnlyComplete24HourPeriods(double hours, int expected)
    {
        OutageCredit.FullDays(_aware, _aware.AddHours(hours)).ShouldBe(expected);
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public void Compute_ThreeDays_IsThreeDaysOfTheLicencePrice()
    {
        // 100,000 × 3 / 365 = 821.9 → 822 rounded up.
        OutageCredit.Compute(new Yen(100_000), 365, _aware, _aware.AddHours(80), RoundingMode.Up).ShouldBe(new Yen(822));
    }

    [Fact]
    public void FullDays_RestoredBeforeAware_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => OutageCredit.FullDays(_aware, _aware.AddMinutes(-1)));
    }

    [Fact]
    public void Compute_ZeroDayTerm_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => OutageCredit.Compute(new Yen(1), 0, _aware, _aware, RoundingMode.Up));
    }
}
