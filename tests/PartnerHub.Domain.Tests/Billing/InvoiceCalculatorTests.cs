using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing;

public class InvoiceCalculatorTests
{
    private static readonly DateOnly _date = new(2025, 4, 1);

    [Fact]
    [Trait("Article", "DOMAIN Money: tax once per invoice per rate")]
    public void Compute_ThreeLinesWithFractions_TaxesTheRateTotalOnce()
    {
        // Per line 105 × 10% = 10.5 → 10 each (30 in all); once on the total 315 × 10% = 31.5 → 31.
        InvoiceLine[] lines = [.. Enumerable.Range(1, 3).Select(i => InvoiceLine.Charge("Sensor licence " + i, 1, new Yen(105), TaxCategory.Standard))];
        var policy = new InvoiceTaxPolicy(PriceBasis.TaxExcluded, RoundingMode.Down, TaxRateTable.Japan);

        InvoiceTotals totals = InvoiceCalculator.Compute(lines, _date, policy);

        totals.TaxTotal.ShouldBe(new Yen(31));
        totals.TaxExcludedTotal.ShouldBe(new Yen(315));
        totals.GrandTotal.ShouldBe(new Yen(346));
    }

    [Fact]
    [Trait("Article", "003 §8-7")]
    public void Compute_RoundUpPolicy_RaisesTheRateTax()
    {
        InvoiceLine[] lines = [InvoiceLine.Charge("Kitting", 3, new Yen(105), TaxCategory.Standard)];

        InvoiceCalculator.Compute(lines, _date, InvoiceTaxPolicy.TaxExcludedRoundUp).TaxTotal.ShouldBe(new Yen(32));
    }

    [Fact]
    [Trait("Article", "DOMAIN Money: tax once per invoice per rate")]
    public void Compute_StandardReducedAndExempt_TotalsEachRateSeparately()
    {
        InvoiceLine[] lines =
        [
            InvoiceLine.Charge("Sensor licence", 1, new Yen(100_000), TaxCategory.Standard),
            InvoiceLine.Charge("Bottled water", 3, new Yen(333), TaxCategory.Reduced),
            InvoiceLine.DamageCharge("Lost appliance", new Yen(50_000), TaxCategory.Exempt),
            InvoiceLine.Charge("Installation support", 1, new Yen(20_001), TaxCategory.Standard),
        ];
        var policy = new InvoiceTaxPolicy(PriceBasis.TaxExcluded, RoundingMode.Down, TaxRateTable.Japan);

        InvoiceTotals totals = InvoiceCalculator.Compute(lines, _date, policy);

        totals.PerRate.Select(r => r.Category).ShouldBe([TaxCategory.Standard, TaxCategory.Reduced, TaxCategory.Exempt]);
        totals.PerRate[0].ShouldBe(new RateTotal(TaxCategory.Standard, new TaxRate(10), new Yen(120_001), new Yen(120_001), new Yen(12_000), new Yen(132_001)));
        totals.PerRate[1].ShouldBe(new RateTotal(TaxCategory.Reduced, new TaxRate(8), new Yen(999), new Yen(999), new Yen(79), new Yen(1_078)));
        totals.PerRate[2].ShouldBe(new RateTotal(TaxCategory.Exempt, TaxRate.None, new Yen(50_000), new Yen(50_000), Yen.Zero, new Yen(50_000)));
        totals.TaxTotal.ShouldBe(new Yen(12_079));
        totals.GrandTotal.ShouldBe(new Yen(183_079));
    }

    [Theory]
    [Trait("Article", "002 §13-1")]
    [InlineData(79_200, 72_000, 7_200)]
    [InlineData(99_000, 90_000, 9_000)]
    public void Compute_TaxIncludedChamberFee_CarvesOutTax(long fee, long excluded, long tax)
    {
        InvoiceLine[] lines = [InvoiceLine.Charge("Annual fee", 1, new Yen(fee), TaxCategory.Standard)];

        InvoiceTotals totals = InvoiceCalculator.Compute(lines, _date, InvoiceTaxPolicy.TaxIncludedRoundDown);

        totals.TaxExcludedTotal.ShouldBe(new Yen(excluded));
        totals.TaxTotal.ShouldBe(new Yen(tax));
        totals.GrandTotal.ShouldBe(new Yen(fee));
    }

    [Theory]
    [InlineData(RoundingMode.Down, 909)]
    [InlineData(RoundingMode.Up, 910)]
    [InlineData(RoundingMode.HalfUp, 909)]
    public void Compute_TaxIncludedWithFraction_RoundsTaxByPolicy(RoundingMode rounding, long tax)
    {
        // 10,000 × 10/110 = 909.09…
        InvoiceLine[] lines = [InvoiceLine.Charge("Support", 1, new Yen(10_000), TaxCategory.Standard)];
        var policy = new InvoiceTaxPolicy(PriceBasis.TaxIncluded, rounding, TaxRateTable.Japan);

        InvoiceTotals totals = InvoiceCalculator.Compute(lines, _date, policy);

        totals.TaxTotal.ShouldBe(new Yen(tax));
        totals.GrandTotal.ShouldBe(new Yen(10_000));
        (totals.TaxExcludedTotal + totals.TaxTotal).ShouldBe(new Yen(10_000));
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public void Compute_CreditAmongCharges_ReducesTheRateTotalBeforeTax()
    {
        InvoiceLine[] lines =
        [
            InvoiceLine.Charge("Sensor licence", 1, new Yen(100_000), TaxCategory.Standard),
            InvoiceLine.Credit("Outage credit, 3 days", new Yen(822), TaxCategory.Standard),
        ];

        InvoiceTotals totals = InvoiceCalculator.Compute(lines, _date, InvoiceTaxPolicy.TaxExcludedRoundUp);

        totals.TaxExcludedTotal.ShouldBe(new Yen(99_178));
        totals.TaxTotal.ShouldBe(new Yen(9_918)); // 9,917.8 rounded up
    }

    [Fact]
    public void Compute_Before2019_UsesEightPercent()
    {
        InvoiceLine[] lines = [InvoiceLine.Charge("Licence", 1, new Yen(10_000), TaxCategory.Standard)];

        InvoiceCalculator.Compute(lines, new DateOnly(2019, 9, 30), InvoiceTaxPolicy.TaxExcludedRoundUp).TaxTotal.ShouldBe(new Yen(800));
    }

    [Fact]
    public void Compute_ReducedLineBeforeReducedRateExisted_Throws()
    {
        InvoiceLine[] lines = [InvoiceLine.Charge("Food", 1, new Yen(100), TaxCategory.Reduced)];

        Should.Throw<InvalidOperationException>(() => InvoiceCalculator.Compute(lines, new DateOnly(2019, 9, 30), InvoiceTaxPolicy.TaxExcludedRoundUp));
    }

    [Fact]
    public void Compute_NoLines_IsAllZero()
    {
        InvoiceTotals totals = InvoiceCalculator.Compute([], _date, InvoiceTaxPolicy.TaxExcludedRoundUp);

        totals.PerRate.ShouldBeEmpty();
        totals.GrandTotal.ShouldBe(Yen.Zero);
    }

    [Theory]
    [Trait("Article", "DOMAIN Money: tax once per invoice per rate")]
    [InlineData(PriceBasis.TaxExcluded, RoundingMode.Up)]
    [InlineData(PriceBasis.TaxExcluded, RoundingMode.Down)]
    [InlineData(PriceBasis.TaxExcluded, RoundingMode.HalfUp)]
    [InlineData(PriceBasis.TaxIncluded, RoundingMode.Up)]
    [InlineData(PriceBasis.TaxIncluded, RoundingMode.Down)]
    [InlineData(PriceBasis.TaxIncluded, RoundingMode.HalfUp)]
    public void Compute_RandomLineSets_TaxIsTheRateAppliedToEachRateSumNeverThePerLineSum(PriceBasis basis, RoundingMode rounding)
    {
        var random = new Random(4_242 + (int)basis * 10 + (int)rounding);
        var policy = new InvoiceTaxPolicy(basis, rounding, TaxRateTable.Japan);
        int differing = 0;
        for (int sample = 0; sample < 400; sample++)
        {
            InvoiceLine[] lines =
            [
                .. Enumerable.Range(0, random.Next(1, 9)).Select(i => InvoiceLine.Charge(
                    "Line " + i, random.Next(1, 6), new Yen(random.Next(1, 50_000)), random.Next(3) == 0 ? TaxCategory.Reduced : TaxCategory.Standard)),
            ];

            InvoiceTotals totals = InvoiceCalculator.Compute(lines, _date, policy);

            Yen perLineTaxes = Yen.Zero;
            foreach (RateTotal rate in totals.PerRate)
            {
                Yen sum = Yen.Sum(lines.Where(l => l.TaxCategory == rate.Category).Select(l => l.Amount));
                Yen expected = basis == PriceBasis.TaxExcluded
                    ? sum.MultiplyFraction(rate.Rate.Percent, 100, rounding)
                    : sum.MultiplyFraction(rate.Rate.Percent, 100 + rate.Rate.Percent, rounding);
                rate.Tax.ShouldBe(expected);
                rate.LinesTotal.ShouldBe(sum);
                (rate.TaxExcludedAmount + rate.Tax).ShouldBe(rate.TaxIncludedAmount);

                perLineTaxes += Yen.Sum(lines.Where(l => l.TaxCategory == rate.Category).Select(l => basis == PriceBasis.TaxExcluded
                    ? rate.Rate.TaxOnExcluded(l.Amount, rounding)
                    : rate.Rate.TaxInIncluded(l.Amount, rounding)));
            }

            totals.TaxTotal.ShouldBe(Yen.Sum(totals.PerRate.Select(r => r.Tax)));
            if (perLineTaxes != totals.TaxTotal)
            {
                differing++;
            }
        }

        // The rule matters: per-line rounding would have given a different tax on many of these invoices.
        differing.ShouldBeGreaterThan(50);
    }
}
