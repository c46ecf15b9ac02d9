using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing;

public class FiscalYearPlanBillingTests
{
    [Theory]
    [Trait("Article", "002 §13-3")]
    [InlineData("2025-05-08", "2025-05-31")]
    [InlineData("2024-02-07", "2024-02-29")]
    [InlineData("2025-12-05", "2025-12-31")]
    public void FreePeriodEnd_IsEndOfStartMonth(string start, string expected)
    {
        FiscalYearPlanBilling.FreePeriodEnd(Date(start)).ShouldBe(Date(expected));
    }

    [Theory]
    [Trait("Article", "002 §4-2")]
    [InlineData("2025-04-07", "2026-03-31")]
    [InlineData("2025-12-05", "2026-03-31")]
    [InlineData("2026-01-08", "2026-03-31")]
    [InlineData("2026-03-06", "2026-03-31")]
    public void FirstTermEnd_IsFirstMarch31OnOrAfterStart(string start, string expected)
    {
        FiscalYearPlanBilling.FirstTermEnd(Date(start)).ShouldBe(Date(expected));
    }

    [Theory]
    [Trait("Article", "002 §13-3")]
    [InlineData("2025-04-07", 11)]
    [InlineData("2025-05-08", 10)]
    [InlineData("2025-10-07", 5)]
    [InlineData("2026-01-08", 2)]
    [InlineData("2026-02-06", 1)]
    [InlineData("2026-03-06", 0)]
    public void FirstTermChargeableMonths_ExcludesTheFreeStartMonth(string start, int expected)
    {
        FiscalYearPlanBilling.FirstTermChargeableMonths(Date(start)).ShouldBe(expected);
    }

    [Theory]
    [Trait("Article", "002 §13-3")]
    [InlineData(79_200, "2025-05-08", 66_000)] // 6,600 × 10
    [InlineData(99_000, "2025-05-08", 82_500)] // 8,250 × 10
    [InlineData(99_000, "2025-10-07", 41_250)] // 8,250 × 5
    [InlineData(79_200, "2026-03-06", 0)]
    public void FirstTermFee_IsTwelfthTimesChargeableMonths(long annual, string start, long expected)
    {
        FiscalYearPlanBilling.FirstTermFee(new Yen(annual), Date(start), RoundingMode.Up).ShouldBe(new Yen(expected));
    }

    [Fact]
    [Trait("Article", "002 §13-3")]
    public void FirstTermFee_FeeNotDivisibleByTwelve_IsRoundedOnceNotPerMonth()
    {
        // 100,000 × 7 / 12 = 58,333.3 → 58,334 (rounding 8,333.3 per month first would give 58,338).
        FiscalYearPlanBilling.FirstTermFee(new Yen(100_000), Date("2025-08-06"), RoundingMode.Up).ShouldBe(new Yen(58_334));
    }

    [Theory]
    [Trait("Article", "002 §13-3")]
    [InlineData("2025-05-01", "2025-05-25")]
    [InlineData("2025-05-14", "2025-05-25")]
    [InlineData("2025-05-15", "2025-06-25")]
    [InlineData("2025-05-26", "2025-06-25")]
    [InlineData("2025-12-20", "2026-01-25")]
    [InlineData("2025-12-14", "2025-12-25")]
    public void FirstPaymentDueDate_OnOrAfterThe15th_MovesToNextMonth(string contract, string expected)
    {
        FiscalYearPlanBilling.FirstPaymentDueDate(Date(contract)).ShouldBe(Date(expected));
    }

    [Theory]
    [Trait("Article", "002 §13-3")]
    [InlineData("2026-04-01", "2026-02-25")]
    [InlineData("2027-04-01", "2027-02-25")]
    [InlineData("2026-01-01", "2025-11-25")]
    public void RenewalPaymentDueDate_IsThe25thTwoMonthsBeforeTheTermMonth(string nextTermStart, string expected)
    {
        FiscalYearPlanBilling.RenewalPaymentDueDate(Date(nextTermStart)).ShouldBe(Date(expected));
    }

    [Theory]
    [Trait("Article", "002 §13-3")]
    [InlineData("2026-01-08", false)]
    [InlineData("2026-02-06", true)]
    [InlineData("2026-03-06", true)]
    [InlineData("2026-04-07", false)]
    public void MayCombineWithNextTerm_OnlyForFebruaryOrMarchStarts(string start, bool expected)
    {
        FiscalYearPlanBilling.MayCombineWithNextTerm(Date(start)).ShouldBe(expected);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
