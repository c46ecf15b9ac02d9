using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Pricing;

public class QuoteTests
{
    private static readonly DateOnly _date = new(2025, 6, 1);

    [Fact]
    [Trait("Article", "004 別紙2 §2-4")]
    public void Calculate_PerAppliancePrice_MultipliesUnitsAndTaxesOnce()
    {
        QuoteResult result = Quote.Calculate(
            PriceCatalogTests.SensorCatalog(PriceUnit.PerAppliance), ApplianceModel.CyberThreatSensor, "CTS", CustomerSegment.Standard,
            2_500, 800, _date, RoundingMode.Up, TaxRateTable.Japan);

        result.IsQuoted.ShouldBeTrue();
        Quote quote = result.Quote;
        quote.Sizing.Units.ShouldBe(3);
        quote.Quantity.ShouldBe(3);
        quote.Retail.TaxExcludedTotal.ShouldBe(new Yen(2_700_000));
        quote.Retail.TaxTotal.ShouldBe(new Yen(270_000));
        quote.Retail.GrandTotal.ShouldBe(new Yen(2_970_000));
        quote.Wholesale.GrandTotal.ShouldBe(new Yen(2_079_000));
    }

    [Fact]
    public void Calculate_PerContractPrice_ChargesOnceWhateverTheUnits()
    {
        Quote quote = Quote.Calculate(
            PriceCatalogTests.SensorCatalog(), ApplianceModel.CyberThreatSensor, "CTS", CustomerSegment.Standard,
            2_500, 800, _date, RoundingMode.Up, TaxRateTable.Japan).Quote!;

        quote.Sizing.Units.ShouldBe(3);
        quote.Quantity.ShouldBe(1);
        quote.Retail.TaxExcludedTotal.ShouldBe(new Yen(900_000));
    }

    [Theory]
    [Trait("Article", "002 §13-1")]
    [InlineData(CustomerSegment.ChamberMember, 79_200, 7_200)]
    [InlineData(CustomerSegment.Standard, 99_000, 9_000)]
    public void Calculate_TaxIncludedChamberPlan_CarvesOutTheTax(CustomerSegment segment, long total, long tax)
    {
        Quote quote = Quote.Calculate(
            PriceCatalogTests.ChamberCatalog(), ApplianceModel.ChamberUtm, "CHAMBER-UTM", segment, 40, 100, _date, RoundingMode.Down, TaxRateTable.Japan).Quote!;

        quote.Retail.GrandTotal.ShouldBe(new Yen(total));
        quote.Retail.TaxTotal.ShouldBe(new Yen(tax));
        quote.Sizing.Units.ShouldBe(1);
    }

    [Fact]
    public void Calculate_NoPrice_ReportsTheLookupFailure()
    {
        QuoteResult result = Quote.Calculate(
            PriceCatalogTests.ChamberCatalog(), ApplianceModel.ChamberUtm, "CHAMBER-UTM", CustomerSegment.Standard, 150, 100, _date, RoundingMode.Down, TaxRateTable.Japan);

        result.IsQuoted.ShouldBeFalse();
        result.Failure.ShouldBe(PriceLookupFailure.AboveMaximumEndpoints);
    }
}
