using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Money;

public class TaxRateTableTests
{
    [Theory]
    [Trait("Article", "DOMAIN Money: rates as data")]
    [InlineData("2019-10-01", 10)]
    [InlineData("2025-04-01", 10)]
    [InlineData("2019-09-30", 8)]
    [InlineData("2014-04-01", 8)]
    [InlineData("2014-03-31", 5)]
    [InlineData("1997-04-01", 5)]
    [InlineData("1997-03-31", 3)]
    [InlineData("1989-04-01", 3)]
    public void RateFor_Standard_FollowsTheDatedRates(string date, int expected)
    {
        TaxRateTable.Japan.RateFor(TaxCategory.Standard, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))
            .Percent.ShouldBe(expected);
    }

    [Fact]
    [Trait("Article", "DOMAIN Money: rates as data")]
    public void RateFor_ReducedFrom20191001_IsEightPercent()
    {
        TaxRateTable.Japan.RateFor(TaxCategory.Reduced, new DateOnly(2019, 10, 1)).ShouldBe(new TaxRate(8));
    }

    [Fact]
    public void TryGetRate_ReducedBeforeItExisted_ReturnsFalse()
    {
        TaxRateTable.Japan.TryGetRate(TaxCategory.Reduced, new DateOnly(2019, 9, 30), out _).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => TaxRateTable.Japan.RateFor(TaxCategory.Reduced, new DateOnly(2019, 9, 30)));
    }

    [Fact]
    public void RateFor_BeforeConsumptionTax_Throws()
    {
        Should.Throw<InvalidOperationException>(() => TaxRateTable.Japan.RateFor(TaxCategory.Standard, new DateOnly(1989, 3, 31)));
    }

    [Fact]
    public void RateFor_Exempt_IsZeroOnAnyDate()
    {
        TaxRateTable.Empty.RateFor(TaxCategory.Exempt, new DateOnly(1900, 1, 1)).ShouldBe(TaxRate.None);
        TaxRateTable.Japan.RateFor(TaxCategory.Exempt, new DateOnly(2030, 1, 1)).Percent.ShouldBe(0);
    }

    [Fact]
    public void With_NewDatedRate_AppliesFromItsDateAndLeavesOriginalUnchanged()
    {
        TaxRateTable future = TaxRateTable.Japan.With(TaxCategory.Standard, new DateOnly(2031, 4, 1), new TaxRate(12));

        future.RateFor(TaxCategory.Standard, new DateOnly(2031, 3, 31)).Percent.ShouldBe(10);
        future.RateFor(TaxCategory.Standard, new DateOnly(2031, 4, 1)).Percent.ShouldBe(12);
        TaxRateTable.Japan.RateFor(TaxCategory.Standard, new DateOnly(2031, 4, 1)).Percent.ShouldBe(10);
    }

    [Fact]
    public void With_RateAddedOutOfOrder_IsStillFoundByDate()
    {
        TaxRateTable table = TaxRateTable.Empty
            .With(TaxCategory.Standard, new DateOnly(2020, 1, 1), new TaxRate(10))
            .With(TaxCategory.Standard, new DateOnly(2010, 1, 1), new TaxRate(5));

        table.RateFor(TaxCategory.Standard, new DateOnly(2015, 1, 1)).Percent.ShouldBe(5);
        table.RatesOf(TaxCategory.Standard).Select(r => r.Rate.Percent).ShouldBe([5, 10]);
    }

    [Fact]
    public void With_DuplicateDate_Throws()
    {
        Should.Throw<ArgumentException>(() => TaxRateTable.Japan.With(TaxCategory.Standard, new DateOnly(2019, 10, 1), new TaxRate(9)));
    }

    [Fact]
    public void With_ExemptCategory_Throws()
    {
        Should.Throw<ArgumentException>(() => TaxRateTable.Empty.With(TaxCategory.Exempt, new DateOnly(2019, 10, 1), new TaxRate(1)));
    }
}
