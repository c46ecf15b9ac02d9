using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Pricing;

public class PriceListTests
{
    private static readonly DateOnly _from = new(2025, 4, 1);

    [Fact]
    [Trait("Article", "004 別紙2 §2-4-③")]
    public void Create_ContiguousTiers_Succeeds()
    {
        PriceList list = PriceList.Create("FY2025", _from, null, PriceBasis.TaxExcluded, [Entry(Tier(1, 100), Tier(101, 500), Tier(501, null))]);

        list.Entries.Count.ShouldBe(1);
        list.EntryFor("CTS", CustomerSegment.Standard).ShouldNotBeNull();
        list.EntryFor("CTS", CustomerSegment.ChamberMember).ShouldBeNull();
    }

    [Fact]
    public void Create_TiersGivenOutOfOrder_AreCheckedInEndpointOrder()
    {
        Should.NotThrow(() => PriceList.Create("FY2025", _from, null, PriceBasis.TaxExcluded, [Entry(Tier(501, null), Tier(1, 500))]));
    }

    [Theory]
    [Trait("Article", "004 別紙2 §2-4-③")]
    [InlineData(PriceListProblemCode.TierOverlap, 1, 100, 100, 500)]
    [InlineData(PriceListProblemCode.TierGap, 1, 100, 102, 500)]
    [InlineData(PriceListProblemCode.InvalidTierRange, 0, 100, 101, 500)]
    [InlineData(PriceListProblemCode.InvalidTierRange, 1, 100, 300, 200)]
    public void Create_BadTiers_ReportsTheProblem(PriceListProblemCode expected, int min1, int max1, int min2, int max2)
    {
        PriceListException error = Should.Throw<PriceListException>(() =>
            PriceList.Create("FY2025", _from, null, PriceBasis.TaxExcluded, [Entry(Tier(min1, max1), Tier(min2, max2))]));

        error.Problems.Select(p => p.Code).ShouldContain(expected);
        error.Problems.First(p => p.Code == expected).PlanCode.ShouldBe("CTS");
    }

    [Fact]
    public void Create_UnboundedTierNotLast_IsRejected()
    {
        PriceListException error = Should.Throw<PriceListException>(() =>
            PriceList.Create("FY2025", _from, null, PriceBasis.TaxExcluded, [Entry(Tier(1, null), Tier(101, 200))]));

        error.Problems.Single().Code.ShouldBe(PriceListProblemCode.UnboundedTierNotLast);
    }

    [Fact]
    public void Create_PricesWrong_ReportsEachProblemAtOnce()
    {
        PriceListException error = Should.Throw<PriceListException>(() => PriceList.Create(
            "FY2025",
            _from,
            _from.AddDays(-1),
            PriceBasis.TaxExcluded,
            [
                Entry(new PriceTier(1, 100, new Yen(-1), new Yen(10))),
                Entry(new PriceTier(1, 100, new Yen(20), new Yen(10))) with { Segment = CustomerSegment.ChamberMember },
                Entry() with { PlanCode = "X" },
                Entry(Tier(1, null)) with { PlanCode = "CTS", Segment = CustomerSegment.ChamberMember },
            ]));

        error.Problems.Select(p => p.Code).ShouldBe(
            [
                PriceListProblemCode.InvalidValidity,
                PriceListProblemCode.DuplicateEntry,
                PriceListProblemCode.NegativePrice,
                PriceListProblemCode.WholesaleAboveRetail,
                PriceListProblemCode.NoTiers,
            ],
            ignoreOrder: true);
        error.Message.ShouldContain("NegativePrice");
    }

    [Fact]
    public void Create_NoEntriesOrNoPlanCode_IsRejected()
    {
        Should.Throw<PriceListException>(() => PriceList.Create("Empty", _from, null, PriceBasis.TaxExcluded, []))
            .Problems.Single().Code.ShouldBe(PriceListProblemCode.NoEntries);
        Should.Throw<PriceListException>(() => PriceList.Create("Blank", _from, null, PriceBasis.TaxExcluded, [Entry(Tier(1, null)) with { PlanCode = " " }]))
            .Problems.Single().Code.ShouldBe(PriceListProblemCode.MissingPlanCode);
    }

    [Theory]
    [InlineData("2025-03-31", false)]
    [InlineData("2025-04-01", true)]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-04-01", false)]
    public void IsInEffectOn_ValidityIsInclusive(string date, bool expected)
    {
        PriceList list = PriceList.Create("FY2025", _from, new DateOnly(2026, 3, 31), PriceBasis.TaxExcluded, [Entry(Tier(1, null))]);

        list.IsInEffectOn(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    internal static PriceTier Tier(int min, int? max, long wholesale = 80_000, long retail = 100_000) =>
        new(min, max, new Yen(wholesale), new Yen(retail));

    internal static PriceListEntry Entry(params PriceTier[] tiers) =>
        new("CTS", CustomerSegment.Standard, PriceUnit.PerContract, TaxCategory.Standard, tiers);
}
