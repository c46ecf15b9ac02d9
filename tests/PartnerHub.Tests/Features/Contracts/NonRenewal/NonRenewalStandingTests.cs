using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Contracts.NonRenewal;

namespace PartnerHub.Tests.Features.Contracts.NonRenewal;

public class NonRenewalStandingTests
{
    [Fact]
    public void Of_BeforeDelivery_IsNull()
    {
        var contract = Ordered(ServicePlan.SensorService, new DateOnly(2025, 2, 1));

        NonRenewalStanding.Of(contract, new DateOnly(2025, 2, 10)).ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §4-2")]
    public void Of_InTheSecondTerm_ListsTheTermsSoFarAndTheNextAndAcceptsANotice()
    {
        // Delivered 2025-03-10: the first day is 03-11 (民法 §140), each term ends on the anniversary of delivery.
        var contract = Delivered(ServicePlan.SensorService, new DateOnly(2025, 3, 10));

        var standing = NonRenewalStanding.Of(contract, new DateOnly(2026, 5, 1))!;

        standing.AcceptsNotice.ShouldBeTrue();
        standing.ByEmailToHeadOffice.ShouldBeFalse();
        standing.CurrentTerm.Number.ShouldBe(2);
        standing.Terms.Select(r => (r.Term.Number, r.Term.Start, r.Term.End)).ToArray().ShouldBe(new[]
        {
            (1, new DateOnly(2025, 3, 11), new DateOnly(2026, 3, 10)),
            (2, new DateOnly(2026, 3, 11), new DateOnly(2027, 3, 10)),
            (3, new DateOnly(2027, 3, 11), new DateOnly(2028, 3, 10)),
        });
        standing.Terms.Single(r => r.IsCurrent).Term.Number.ShouldBe(2);
        standing.Terms.ShouldAllBe(r => !r.IsLast);
        standing.NoticeTodayIsLate(new DateOnly(2026, 5, 1)).ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void Of_AfterALateNotice_EndsWithTheExtraTermAndStillAllowsAWithdrawal()
    {
        var contract = Delivered(ServicePlan.SensorService, new DateOnly(2025, 3, 10));
        var noticeOn = new DateOnly(2026, 2, 20);
        contract.RecordNonRenewal(new NonRenewalNotice(noticeOn, noticeOn, noticeOn, null), noticeOn, At(noticeOn), "staff").ShouldBeNull();

        var standing = NonRenewalStanding.Of(contract, new DateOnly(2026, 2, 25))!;

        standing.AcceptsNotice.ShouldBeFalse();
        var notice = standing.Notice!;
        notice.InTime.ShouldBeFalse();
        notice.JudgedTerm.Number.ShouldBe(1);
        notice.LastTerm.Start.ShouldBe(new DateOnly(2026, 3, 11));
        notice.LastTerm.End.ShouldBe(new DateOnly(2027, 3, 10));
        notice.CanWithdraw.ShouldBeTrue();
        standing.Terms.Count.ShouldBe(2);
        standing.Terms[0].Term.Number.ShouldBe(1);
        standing.Terms[^1].IsLast.ShouldBeTrue();
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public void Of_ForA002Plan_TakesTheNoticeByEmailAndShowsTheInsuranceYears()
    {
        var contract = Delivered(ServicePlan.ChamberUtm, new DateOnly(2025, 5, 20));

        var standing = NonRenewalStanding.Of(contract, new DateOnly(2025, 8, 1))!;

        standing.ByEmailToHeadOffice.ShouldBeTrue();
        standing.Terms[0].Term.End.ShouldBe(new DateOnly(2026, 3, 31));
        standing.Terms.ShouldAllBe(r => r.Insurance != null);
    }

    private static ServiceContract Ordered(ServicePlan plan, DateOnly orderedOn) =>
        new(Guid.NewGuid(), "C-0001", Guid.NewGuid(), Guid.NewGuid(), plan.Code, 1, new Yen(99_000), null, orderedOn, At(orderedOn), "staff");

    private static ServiceContract Delivered(ServicePlan plan, DateOnly deliveredOn)
    {
        var contract = Ordered(plan, deliveredOn.AddDays(-30));
        contract.StartKitting(At(deliveredOn.AddDays(-5)), "ops").ShouldBeNull();
        contract.Ship(At(deliveredOn.AddDays(-1)), "ops", "test shipment").ShouldBeNull();
        contract.CompleteDelivery(deliveredOn, At(deliveredOn), "ops").ShouldBeNull();
        return contract;
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(9));
}
