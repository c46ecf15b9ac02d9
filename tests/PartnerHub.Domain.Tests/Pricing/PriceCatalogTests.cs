using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Pricing;

public class PriceCatalogTests
{
    private static readonly DateOnly _fy2025 = new(2025, 4, 1);

    [Theory]
    [Trait("Article", "002 §13-1")]
    [InlineData(CustomerSegment.ChamberMember, 79_200)]
    [InlineData(CustomerSegment.Standard, 99_000)]
    public void Lookup_ChamberPlan_PricesBySegment(CustomerSegment segment, long expected)
    {
        PriceLookupResult result = ChamberCatalog().Lookup("CHAMBER-UTM", segment, 30, new DateOnly(2025, 6, 1));

        result.IsFound.ShouldBeTrue();
        result.Price.SuggestedRetailPrice.ShouldBe(new Yen(expected));
        result.Price.Basis.ShouldBe(PriceBasis.TaxIncluded);
    }

    [Theory]
    [Trait("Article", "004 別紙2 §2-4-③")]
    [InlineData(1, 300_000)]
    [InlineData(100, 300_000)]
    [InlineData(101, 500_000)]
    [InlineData(1_000, 500_000)]
    [InlineData(1_001, 900_000)]
    [InlineData(50_000, 900_000)]
    public void Lookup_EndpointTiers_PicksTheBand(int endpoints, long retail)
    {
        PriceLookupResult result = SensorCatalog().Lookup("CTS", CustomerSegment.Standard, endpoints, _fy2025);

        result.Price!.SuggestedRetailPrice.ShouldBe(new Yen(retail));
        result.Price.WholesalePrice.ShouldBe(new Yen(retail * 7 / 10));
    }

    [Fact]
    public void Lookup_NewListFromItsDate_ReplacesTheOldPrice()
    {
        PriceCatalog catalog = PriceCatalog.Create(
        [
            PriceList.Create("FY2024", new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), PriceBasis.TaxExcluded, [SensorEntry(250_000)]),
            PriceList.Create("FY2025", _fy2025, null, PriceBasis.TaxExcluded, [SensorEntry(300_000)]),
        ]);

        catalog.Lookup("CTS", CustomerSegment.Standard, 50, new DateOnly(2025, 3, 31)).Price!.PriceList.Name.ShouldBe("FY2024");
        catalog.Lookup("CTS", CustomerSegment.Standard, 50, _fy2025).Price!.SuggestedRetailPrice.ShouldBe(new Yen(300_000));
    }

    [Theory]
    [InlineData("CTS", CustomerSegment.Standard, 50, "2025-03-31", PriceLookupFailure.NoPriceListInEffect)]
    [InlineData("NOPE", CustomerSegment.Standard, 50, "2025-04-01", PriceLookupFailure.PlanNotListed)]
    [InlineData("CTS", CustomerSegment.ChamberMember, 50, "2025-04-01", PriceLookupFailure.SegmentNotListed)]
    [InlineData("CTS", CustomerSegment.Standard, 0, "2025-04-01", PriceLookupFailure.BelowMinimumEndpoints)]
    [InlineData("CTS-SMALL", CustomerSegment.Standard, 201, "2025-04-01", PriceLookupFailure.AboveMaximumEndpoints)]
    [InlineData("CTS-SMALL", CustomerSegment.Standard, 9, "2025-04-01", PriceLookupFailure.BelowMinimumEndpoints)]
    public void Lookup_NoApplicablePrice_ReportsWhy(string plan, CustomerSegment segment, int endpoints, string date, PriceLookupFailure expected)
    {
        PriceCatalog catalog = PriceCatalog.Create(
        [
            PriceList.Create("FY2025", _fy2025, null, PriceBasis.TaxExcluded,
            [
                SensorEntry(300_000),
                new PriceListEntry("CTS-SMALL", CustomerSegment.Standard, PriceUnit.PerContract, TaxCategory.Standard,
                    [new PriceTier(10, 200, new Yen(1), new Yen(2))]),
            ]),
        ]);

        PriceLookupResult result = catalog.Lookup(plan, segment, endpoints, DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        result.IsFound.ShouldBeFalse();
        result.Failure.ShouldBe(expected);
    }

    [Fact]
    public void Create_ListsOverlappingInTimeForSamePlanAndSegment_IsRejected()
    {
        PriceListException error = Should.Throw<PriceListException>(() => PriceCatalog.Create(
        [
            PriceList.Create("A", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), PriceBasis.TaxExcluded, [SensorEntry(1)]),
            PriceList.Create("B", new DateOnly(2025, 12, 31), null, PriceBasis.TaxExcluded, [SensorEntry(2)]),
        ]));

        error.Problems.Single().Code.ShouldBe(PriceListProblemCode.OverlappingPriceLists);
        error.Problems.Single().Detail.ShouldBe("A / B");
    }

    [Fact]
    public void Create_ListsOverlappingInTimeForDifferentSegments_IsAllowed()
    {
        PriceCatalog catalog = PriceCatalog.Create(
        [
            PriceList.Create("Standard", _fy2025, null, PriceBasis.TaxExcluded, [SensorEntry(1)]),
            PriceList.Create("Members", _fy2025, null, PriceBasis.TaxExcluded, [SensorEntry(1) with { Segment = CustomerSegment.ChamberMember }]),
        ]);

        catalog.Lookup("CTS", CustomerSegment.ChamberMember, 10, _fy2025).Price!.PriceList.Name.ShouldBe("Members");
    }

    internal static PriceCatalog ChamberCatalog() => PriceCatalog.Create(
    [
        PriceList.Create("002 chamber", new DateOnly(2020, 4, 1), null, PriceBasis.TaxIncluded,
        [
            new PriceListEntry("CHAMBER-UTM", CustomerSegment.ChamberMember, PriceUnit.PerContract, TaxCategory.Standard,
                [new PriceTier(1, 100, new Yen(79_200), new Yen(79_200))]),
            new PriceListEntry("CHAMBER-UTM", CustomerSegment.Standard, PriceUnit.PerContract, TaxCategory.Standard,
                [new PriceTier(1, 100, new Yen(99_000), new Yen(99_000))]),
        ]),
    ]);

    internal static PriceCatalog SensorCatalog(PriceUnit unit = PriceUnit.PerContract) => PriceCatalog.Create(
    [
        PriceList.Create("FY2025", _fy2025, null, PriceBasis.TaxExcluded,
        [
            new PriceListEntry("CTS", CustomerSegment.Standard, unit, TaxCategory.Standard,
            [
                new PriceTier(1, 100, new Yen(210_000), new Yen(300_000)),
                new PriceTier(101, 1_000, new Yen(350_000), new Yen(500_000)),
                new PriceTier(1_001, null, new Yen(630_000), new Yen(900_000)),
            ]),
        ]),
    ]);

    private static PriceListEntry SensorEntry(long retail) =>
        new("CTS", CustomerSegment.Standard, PriceUnit.PerContract, TaxCategory.Standard, [new PriceTier(1, null, new Yen(retail), new Yen(retail))]);
}
