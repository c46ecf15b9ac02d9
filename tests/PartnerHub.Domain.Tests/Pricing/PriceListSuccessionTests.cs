using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.Tests.Pricing;

public class PriceListSuccessionTests
{
    private static readonly DateOnly s_fy2026 = new(2026, 4, 1);
    private static readonly DateOnly s_today = new(2026, 12, 6);

    private static PriceListEntry Entry(string plan, CustomerSegment segment, long retail) =>
        new(plan, segment, PriceUnit.PerContract, TaxCategory.Standard, [new PriceTier(1, null, new Yen(retail * 3 / 4), new Yen(retail))]);

    private static PriceListDocument Stored(DateOnly from, DateOnly? to, params PriceListEntry[] entries) =>
        new(Guid.NewGuid(), PriceList.Create($"list {from:yyyyMMdd}", from, to, PriceBasis.TaxExcluded, entries));

    [Fact]
    public void For_LaterVersionOfTheSamePlan_SupersedesTheOpenEndedOneFromItsDate()
    {
        var current = Stored(s_fy2026, null, Entry("CTS", CustomerSegment.Standard, 480_000));
        var other = Stored(s_fy2026, null, Entry("UTM", CustomerSegment.Standard, 99_000));
        var next = PriceList.Create("FY2027", new DateOnly(2027, 4, 1), null, PriceBasis.TaxExcluded, [Entry("CTS", CustomerSegment.Standard, 500_000)]);

        var succession = PriceListSuccession.For([current, other], next);
        current.EndBefore(next.ValidFrom);

        succession.Fits.ShouldBeTrue();
        succession.Superseded.ShouldBe([current]);
        current.ValidTo.ShouldBe(new DateOnly(2027, 3, 31));
        var catalog = PriceCatalog.Create([current.ToPriceList(), other.ToPriceList(), next]);
        catalog.Lookup("CTS", CustomerSegment.Standard, 10, new DateOnly(2027, 3, 31)).Price!.SuggestedRetailPrice.ShouldBe(new Yen(480_000));
        catalog.Lookup("CTS", CustomerSegment.Standard, 10, new DateOnly(2027, 4, 1)).Price!.SuggestedRetailPrice.ShouldBe(new Yen(500_000));
    }

    [Fact]
    public void For_VersionBeforeAScheduledOne_IsAnOverlapAndSupersedesNothingLater()
    {
        var scheduled = Stored(new DateOnly(2027, 4, 1), null, Entry("CTS", CustomerSegment.Standard, 500_000));
        var next = PriceList.Create("early", new DateOnly(2027, 1, 1), null, PriceBasis.TaxExcluded, [Entry("CTS", CustomerSegment.Standard, 490_000)]);

        var succession = PriceListSuccession.For([scheduled], next);

        succession.Fits.ShouldBeFalse();
        succession.Superseded.ShouldBeEmpty();
        succession.Problems.ShouldHaveSingleItem().Code.ShouldBe(PriceListProblemCode.OverlappingPriceLists);
    }

    [Fact]
    public void For_ListThatEndedBeforeTheNewVersion_IsLeftAlone()
    {
        var past = Stored(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), Entry("CTS", CustomerSegment.Standard, 450_000));
        var next = PriceList.Create("FY2027", new DateOnly(2027, 4, 1), null, PriceBasis.TaxExcluded, [Entry("CTS", CustomerSegment.Standard, 500_000)]);

        var succession = PriceListSuccession.For([past], next);

        succession.Fits.ShouldBeTrue();
        succession.Superseded.ShouldBeEmpty();
        past.ValidTo.ShouldBe(new DateOnly(2026, 3, 31));
    }

    [Fact]
    public void Revise_VersionInForce_Throws_AndAScheduledVersionKeepsItsDates()
    {
        var inForce = Stored(s_fy2026, new DateOnly(2027, 3, 31), Entry("CTS", CustomerSegment.Standard, 480_000));
        var scheduled = Stored(new DateOnly(2027, 4, 1), null, Entry("CTS", CustomerSegment.Standard, 500_000));
        var revised = PriceList.Create("FY2027 rev", new DateOnly(2027, 4, 1), null, PriceBasis.TaxExcluded, [Entry("CTS", CustomerSegment.Standard, 520_000)]);
        var moved = PriceList.Create("FY2027 moved", new DateOnly(2027, 5, 1), null, PriceBasis.TaxExcluded, [Entry("CTS", CustomerSegment.Standard, 520_000)]);

        Should.Throw<InvalidOperationException>(() => inForce.Revise(PriceList.Create("x", s_fy2026, new DateOnly(2027, 3, 31), PriceBasis.TaxExcluded, [Entry("CTS", CustomerSegment.Standard, 1)]), s_today));
        Should.Throw<InvalidOperationException>(() => scheduled.Revise(moved, s_today));
        scheduled.Revise(revised, s_today);

        inForce.IsScheduledAfter(s_today).ShouldBeFalse();
        scheduled.ToPriceList().EntryFor("CTS", CustomerSegment.Standard)!.Tiers[0].SuggestedRetailPrice.ShouldBe(new Yen(520_000));
        scheduled.Name.ShouldBe("FY2027 rev");
    }

    [Fact]
    public void ResumeAfter_WithdrawnSuccessor_RunsToItsEndAgain_AndOnlyTheVersionRightBeforeItResumes()
    {
        var current = Stored(s_fy2026, null, Entry("CTS", CustomerSegment.Standard, 480_000));
        var older = Stored(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), Entry("CTS", CustomerSegment.Standard, 450_000));
        var successor = Stored(new DateOnly(2027, 4, 1), null, Entry("CTS", CustomerSegment.Standard, 500_000));
        current.EndBefore(successor.ValidFrom);

        current.ResumeAfter(successor);

        current.ValidTo.ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => older.ResumeAfter(successor));
        older.ValidTo.ShouldBe(new DateOnly(2026, 3, 31));
    }

    [Fact]
    public void EndBefore_SuccessorNotAfterTheStart_Throws()
    {
        var current = Stored(s_fy2026, null, Entry("CTS", CustomerSegment.Standard, 480_000));

        Should.Throw<InvalidOperationException>(() => current.EndBefore(s_fy2026));
        current.ValidTo.ShouldBeNull();
    }
}
