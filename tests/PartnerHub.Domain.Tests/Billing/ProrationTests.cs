using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing;

public class ProrationTests
{
    [Theory]
    [Trait("Article", "002 §11-2")]
    [InlineData("2025-10-20", "2026-03-31", 5)] // November through March
    [InlineData("2025-04-01", "2026-03-31", 11)]
    [InlineData("2026-03-01", "2026-03-31", 0)]
    [InlineData("2026-04-15", "2026-03-31", 0)]
    [InlineData("2025-12-31", "2026-01-31", 1)]
    public void MonthsAfter_CountsFromTheMonthAfterThroughTheTermEndMonth(string eventDate, string termEnd, int expected)
    {
        Proration.MonthsAfter(Date(eventDate), Date(termEnd)).ShouldBe(expected);
    }

    [Fact]
    [Trait("Article", "002 §11-2")]
    public void RefundByMonths_AbolitionInOctober_RefundsFiveTwelfths()
    {
        Proration.RefundByMonths(new Yen(99_000), Date("2025-10-20"), Date("2026-03-31"), RoundingMode.Down)
            .ShouldBe(new Yen(41_250));
    }

    [Theory]
    [Trait("Article", "003 §8-7")]
    [InlineData(RoundingMode.Up, 8_334)]
    [InlineData(RoundingMode.Down, 8_333)]
    [InlineData(RoundingMode.HalfUp, 8_333)]
    public void ByMonths_FeeNotDivisibleByTwelve_RoundsOnceByPolicy(RoundingMode rounding, long expected)
    {
        Proration.ByMonths(new Yen(100_000), 1, rounding).ShouldBe(new Yen(expected));
    }

    [Fact]
    public void ByMonths_NegativeMonths_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Proration.ByMonths(new Yen(1), -1, RoundingMode.Up));
    }

    [Theory]
    [Trait("Article", "003 §8-5")]
    [InlineData("2025-06-30", 75_069L)] // 274 unused days (July–March) of 365: 75,068.49 → up
    [InlineData("2026-03-31", 0L)]
    [InlineData("2025-03-31", 100_000L)]
    public void RefundByDays_RefundsTheUnusedDays(string lastServiceDay, long expected)
    {
        Proration.RefundByDays(new Yen(100_000), Date("2025-04-01"), Date("2026-03-31"), Date(lastServiceDay), RoundingMode.Up)
            .ShouldBe(new Yen(expected));
    }

    [Fact]
    [Trait("Article", "003 §8-5")]
    public void RefundByDays_LeapYearTerm_Uses366Days()
    {
        // 2024-01-01..2024-12-31 has 366 days; 366 000 × 183/366 = 183,000 exactly.
        Proration.RefundByDays(new Yen(366_000), Date("2024-01-01"), Date("2024-12-31"), Date("2024-07-01"), RoundingMode.Down)
            .ShouldBe(new Yen(183_000));
    }

    [Fact]
    public void RefundByDays_LastDayOutsideTerm_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            Proration.RefundByDays(new Yen(1), Date("2025-04-01"), Date("2026-03-31"), Date("2026-04-01"), RoundingMode.Up));
        Should.Throw<ArgumentOutOfRangeException>(() =>
            Proration.RefundByDays(new Yen(1), Date("2026-04-01"), Date("2025-03-31"), Date("2025-06-01"), RoundingMode.Up));
    }

    [Fact]
    public void ByDays_MoreDaysThanPeriod_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Proration.ByDays(new Yen(1), 2, 1, RoundingMode.Up));
        Should.Throw<ArgumentOutOfRangeException>(() => Proration.ByDays(new Yen(1), 0, 0, RoundingMode.Up));
    }

    [Fact]
    public void ByDays_Credit_RoundsMagnitudeByPolicy()
    {
        Proration.ByDays(new Yen(-1_000), 1, 3, RoundingMode.Up).ShouldBe(new Yen(-334));
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
