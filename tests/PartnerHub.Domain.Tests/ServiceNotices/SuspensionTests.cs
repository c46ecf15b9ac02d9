using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;

namespace PartnerHub.Domain.Tests.ServiceNotices;

public class SuspensionTests
{
    private static readonly DateOnly s_today = new(2027, 1, 15);
    private static readonly DateTimeOffset s_now = new(2027, 1, 15, 10, 0, 0, TimeSpan.FromHours(9));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    [Trait("Article", "004 §14-1")]
    public void Publish_SuspensionWithoutItsGround_IsRefused()
    {
        Publish(Content(ServiceNoticeType.Suspension, null)).Refusal!.Reason.ShouldBe(NoticeRefusalReason.GroundMissing);
    }

    [Fact]
    [Trait("Article", "004 §14-1")]
    public void Publish_SuspensionWithAnUndefinedGround_IsRefused()
    {
        Publish(Content(ServiceNoticeType.Suspension, (SuspensionGround)9)).Refusal!.Reason.ShouldBe(NoticeRefusalReason.GroundMissing);
    }

    [Fact]
    [Trait("Article", "004 §14-1 (5), §14-3")]
    public void Publish_SuspensionWithItsGround_RecordsTheGroundAndTheFeeStatement()
    {
        var (notice, refusal) = Publish(Content(ServiceNoticeType.Suspension, SuspensionGround.AttackDefence) with { FeesDuringSuspension = "通常どおり" });

        refusal.ShouldBeNull();
        notice!.Ground.ShouldBe(SuspensionGround.AttackDefence);
        notice.FeesDuringSuspension.ShouldBe("通常どおり");
        notice.StopsService.ShouldBeTrue();
    }

    [Fact]
    [Trait("Article", "004 §14-1 (1)")]
    public void Publish_MaintenanceWithoutAGround_RestsOnMaintenanceOrWorks()
    {
        Publish(Content(ServiceNoticeType.PlannedMaintenance, null)).Notice!.Ground.ShouldBe(SuspensionGround.MaintenanceOrWorks);
    }

    [Fact]
    public void Publish_ANoticeThatStopsNothing_HasNoGround()
    {
        Publish(Content(ServiceNoticeType.Other, SuspensionGround.Emergency)).Notice!.Ground.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §14-3")]
    public void For_AStopOfThreeDaysUnder004_LeavesThoseDaysFeeDue()
    {
        // Service from 2026-11-21: the term year has 365 days; a ¥365,000 fee is ¥1,000 a day.
        var timeline = new ContractTimeline(ServicePlanPolicy.SensorService004, D(2026, 11, 21));

        var fee = SuspensionFees.For(timeline, new Yen(365_000), D(2027, 2, 1), D(2027, 2, 3));

        fee.Days.ShouldBe(3);
        fee.Amount.ShouldBe(new Yen(3_000));
        fee.Article.ShouldBe("004 §14-3");
    }

    [Fact]
    [Trait("Article", "002 §12-5")]
    public void For_AStopUnder002_NamesItsArticle()
    {
        SuspensionFees.For(new ContractTimeline(ServicePlanPolicy.ChamberUtm002, D(2027, 4, 1)), new Yen(99_000), D(2027, 5, 10), D(2027, 5, 10))
            .Article.ShouldBe("002 §12-5");
    }

    [Fact]
    [Trait("Article", "004 §14-3")]
    public void For_AStopWithoutAnnouncedEnd_LeavesTheFeeDueWithoutAnAmount()
    {
        var fee = SuspensionFees.For(new ContractTimeline(ServicePlanPolicy.SensorService004, D(2026, 11, 21)), new Yen(365_000), D(2027, 2, 1), null);

        fee.Amount.ShouldBeNull();
        fee.Days.ShouldBeNull();
        fee.Article.ShouldBe("004 §14-3");
    }

    [Fact]
    [Trait("Article", "004 §14-3")]
    public void For_AStopStartingBeforeTheService_CountsOnlyTheDaysInService()
    {
        var fee = SuspensionFees.For(new ContractTimeline(ServicePlanPolicy.SensorService004, D(2026, 11, 21)), new Yen(365_000), D(2026, 11, 19), D(2026, 11, 22));

        fee.Days.ShouldBe(2);
        fee.Amount.ShouldBe(new Yen(2_000));
    }

    [Fact]
    public void For_APlanWhoseTermsSayNothing_HasNoArticle()
    {
        SuspensionFees.For(new ContractTimeline(ServicePlanPolicy.SecurityVendor003, D(2026, 11, 21)), new Yen(365_000), D(2027, 2, 1), D(2027, 2, 1))
            .Article.ShouldBeNull();
    }

    private static NoticeContent Content(ServiceNoticeType type, SuspensionGround? ground) =>
        new(type, "提供停止のお知らせ", null, "本文", null, D(2027, 2, 1), D(2027, 2, 3), "不正アクセスへの防御", null, null, null, null, ground);

    private static (ServiceNotice? Notice, NoticeRefusal? Refusal) Publish(NoticeContent content) =>
        ServiceNotice.Publish(Guid.NewGuid(), content, NoticeTargeting.Everyone, [ServicePlan.SensorService.Code], 3, 1, s_now, s_today, "ops@vendor.example");
}
