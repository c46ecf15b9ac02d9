using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;

namespace PartnerHub.Domain.Tests.ServiceNotices;

public class NoticeLeadTimeTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ServicePlanPolicy Policy(string seed) => ServicePlanPolicy.ForSeed(seed)!;

    // Each seed's minimum, counted from a notice on Friday 2027-01-15 (days and weeks by 民法 §140; months to the
    // corresponding day before the last day without the new state, DOMAIN.md "Decisions").
    [Theory]
    [Trait("Article", "004 §21-1; 002 §3-3; 003 §2-4; 000 §3-2")]
    [InlineData("004", 2027, 1, 23)]  // 1 week: 1/16 – 1/22 run first
    [InlineData("002", 2027, 2, 15)]  // 30 days: 1/16 – 2/14
    [InlineData("003", 2027, 1, 31)]  // 15 days: 1/16 – 1/30
    [InlineData("000", 2027, 1, 15)]  // applies from its posting
    public void EarliestEffectiveDate_TermsChange_FollowsEachSeed(string seed, int y, int m, int d)
    {
        NoticeLeadTime.EarliestEffectiveDate(ServiceNoticeType.TermsChange, Policy(seed), D(2027, 1, 15)).ShouldBe(D(y, m, d));
    }

    [Theory]
    [Trait("Article", "004 §15-2; 002 §11-1; 003 §14-1; 000 §23-2")]
    [InlineData("004", 2027, 3, 16)]  // 2 months: last day 3/15, its deadline 1/15
    [InlineData("002", 2027, 5, 16)]  // 4 months
    [InlineData("003", 2027, 4, 16)]  // 3 months
    [InlineData("000", 2027, 2, 16)]  // 1 month
    public void EarliestEffectiveDate_Abolition_FollowsEachSeed(string seed, int y, int m, int d)
    {
        NoticeLeadTime.EarliestEffectiveDate(ServiceNoticeType.Abolition, Policy(seed), D(2027, 1, 15)).ShouldBe(D(y, m, d));
    }

    [Fact]
    [Trait("Article", "000 §23-2")]
    public void EarliestEffectiveDate_SuspensionUnder000_IsOneMonthLater()
    {
        Policy("000").SuspensionNotice.ShouldBe(NoticePeriod.Months(1));
        NoticeLeadTime.EarliestEffectiveDate(ServiceNoticeType.Suspension, Policy("000"), D(2027, 1, 15)).ShouldBe(D(2027, 2, 16));
    }

    [Theory]
    [Trait("Article", "004 §14-2")]
    [InlineData(ServiceNoticeType.PlannedMaintenance, 2027, 1, 16)]  // before the stop, no period named
    [InlineData(ServiceNoticeType.Suspension, 2027, 1, 16)]
    [InlineData(ServiceNoticeType.EmergencyMaintenance, 2027, 1, 15)]  // 緊急でやむを得ない場合
    [InlineData(ServiceNoticeType.Other, 2027, 1, 15)]
    public void EarliestEffectiveDate_StopsUnder004_NeedNoticeBeforeTheDayButNoPeriod(ServiceNoticeType type, int y, int m, int d)
    {
        NoticeLeadTime.Minimum(type, Policy("004")).ShouldBeNull();
        NoticeLeadTime.EarliestEffectiveDate(type, Policy("004"), D(2027, 1, 15)).ShouldBe(D(y, m, d));
    }

    [Fact]
    [Trait("Article", "004 §21-1; 002 §3-3")]
    public void Shortfalls_TermsChangeInTimeFor004ButNot002_NamesThe002PlanAndItsEarliestDate()
    {
        var shortfalls = NoticeLeadTime.Shortfalls(ServiceNoticeType.TermsChange, [ServicePlan.SensorService.Code, ServicePlan.ChamberUtm.Code],
            D(2027, 1, 15), D(2027, 2, 1));

        var shortfall = shortfalls.ShouldHaveSingleItem();
        shortfall.PlanCode.ShouldBe(ServicePlan.ChamberUtm.Code);
        shortfall.Minimum.ShouldBe(NoticePeriod.Days(30));
        shortfall.EarliestEffectiveDate.ShouldBe(D(2027, 2, 15));
    }

    [Fact]
    [Trait("Article", "DOMAIN.md Decisions: a plan without a policy is refused")]
    public void Shortfalls_PlanWithoutPolicy_IsAlwaysAShortfall()
    {
        NoticeLeadTime.Shortfalls(ServiceNoticeType.Other, ["NO-SUCH-PLAN"], D(2027, 1, 15), D(2028, 1, 1)).ShouldHaveSingleItem().Minimum.ShouldBeNull();
    }
}

public class ServiceNoticePublishTests
{
    private static readonly DateOnly s_today = new(2027, 1, 15);
    private static readonly DateTimeOffset s_now = new(2027, 1, 15, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly string[] s_both = [ServicePlan.SensorService.Code, ServicePlan.ChamberUtm.Code];

    private static NoticeContent Content(ServiceNoticeType type, DateOnly from, string? reason = "センサー基盤の保守", string? newTerms = null,
        string? emergency = null) =>
        new(type, "お知らせ", null, "本文", null, from, null, reason, null, newTerms, emergency, null);

    private static (ServiceNotice? Notice, NoticeRefusal? Refusal) Publish(NoticeContent content, IReadOnlyCollection<string>? plans = null, int customers = 3) =>
        ServiceNotice.Publish(Guid.NewGuid(), content, NoticeTargeting.Everyone, plans ?? s_both, customers, 1, s_now, s_today, "ops@vendor.example");

    [Fact]
    [Trait("Article", "002 §3-3; 004 §21-1")]
    public void Publish_TermsChangeTooLateFor002_IsRefusedEvenWithAnEmergencyReason()
    {
        var (notice, refusal) = Publish(Content(ServiceNoticeType.TermsChange, new DateOnly(2027, 2, 1), newTerms: "第7条を改定", emergency: "至急"));

        notice.ShouldBeNull();
        refusal!.Reason.ShouldBe(NoticeRefusalReason.TooLate);
        refusal.Shortfalls.ShouldHaveSingleItem().EarliestEffectiveDate.ShouldBe(new DateOnly(2027, 2, 15));
    }

    [Fact]
    [Trait("Article", "004 §21-1")]
    public void Publish_TermsChangeTooLateFor004_GoesOutOnlyWithAnEmergencyReasonAndIsMarkedAsEmergency()
    {
        // 004 §21-1: at least a week before the effective date, 緊急でやむを得ない場合を除き.
        string[] sensor = [ServicePlan.SensorService.Code];
        var tooLate = Content(ServiceNoticeType.TermsChange, new DateOnly(2027, 1, 18), newTerms: "第7条を改定");
        Publish(tooLate, sensor).Refusal!.Reason.ShouldBe(NoticeRefusalReason.TooLate);

        var (notice, refusal) = Publish(tooLate with { EmergencyReason = "脆弱性への緊急対応のため" }, sensor);

        refusal.ShouldBeNull();
        notice!.PublishedAsEmergency.ShouldBeTrue();
        notice.EmergencyReason.ShouldBe("脆弱性への緊急対応のため");
    }

    [Fact]
    [Trait("Article", "004 §15-2")]
    public void Publish_AbolitionTooLateFor004_IsRefusedEvenWithAnEmergencyReason()
    {
        // 004 §15-2 asks two months' notice and, unlike §14-2 and §21-1, makes no exception for an emergency.
        var (notice, refusal) = Publish(Content(ServiceNoticeType.Abolition, new DateOnly(2027, 3, 1), emergency: "至急"), [ServicePlan.SensorService.Code]);

        notice.ShouldBeNull();
        refusal!.Reason.ShouldBe(NoticeRefusalReason.TooLate);
    }

    [Theory]
    [Trait("Article", "004 §21-1, §15-2; 002 §3-3, §11-1; 003 §2-4, §14-1; 000 §23-2")]
    [InlineData("004", true, false)]
    [InlineData("002", false, false)]
    [InlineData("003", false, false)]
    [InlineData("000", false, true)]
    public void EmergencyExceptions_FollowEachSeedsWording(string seed, bool termsChange, bool endOfService)
    {
        var policy = ServicePlanPolicy.ForSeed(seed)!;

        policy.TermsChangeEmergencyException.ShouldBe(termsChange);
        policy.VendorTerminationEmergencyException.ShouldBe(endOfService);
    }

    [Fact]
    [Trait("Article", "004 §21-1")]
    public void Publish_TermsChangeWithoutTheNewTerms_IsRefused()
    {
        Publish(Content(ServiceNoticeType.TermsChange, new DateOnly(2027, 3, 1))).Refusal!.Reason.ShouldBe(NoticeRefusalReason.NewTermsMissing);
    }

    [Fact]
    [Trait("Article", "004 §21-1; 002 §3-3")]
    public void Publish_TermsChangeInTimeForEveryPlan_IsPublishedWithItsItems()
    {
        var (notice, refusal) = Publish(Content(ServiceNoticeType.TermsChange, new DateOnly(2027, 2, 15), newTerms: "第7条を改定"));

        refusal.ShouldBeNull();
        notice!.NewTerms.ShouldBe("第7条を改定");
        notice.EffectiveFrom.ShouldBe(new DateOnly(2027, 2, 15));
        notice.PublishedAsEmergency.ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "004 §14-2")]
    public void Publish_PlannedMaintenanceForToday_IsRefusedWithoutAnEmergencyReason()
    {
        Publish(Content(ServiceNoticeType.PlannedMaintenance, s_today)).Refusal!.Reason.ShouldBe(NoticeRefusalReason.TooLate);
    }

    [Fact]
    [Trait("Article", "004 §14-2")]
    public void Publish_PlannedMaintenanceForTodayWithAnEmergencyReason_GoesOutMarkedAsEmergency()
    {
        var (notice, _) = Publish(Content(ServiceNoticeType.PlannedMaintenance, s_today, emergency: "脆弱性の緊急修正"));

        notice!.PublishedAsEmergency.ShouldBeTrue();
        notice.EmergencyReason.ShouldBe("脆弱性の緊急修正");
    }

    [Fact]
    [Trait("Article", "004 §14-2")]
    public void Publish_StopWithoutItsReason_IsRefused()
    {
        Publish(Content(ServiceNoticeType.Suspension, new DateOnly(2027, 2, 1), reason: " ")).Refusal!.Reason.ShouldBe(NoticeRefusalReason.ReasonMissing);
    }

    [Fact]
    [Trait("Article", "004 §14-2")]
    public void Publish_EmergencyMaintenanceWithoutItsEmergencyReason_IsRefused()
    {
        Publish(Content(ServiceNoticeType.EmergencyMaintenance, s_today)).Refusal!.Reason.ShouldBe(NoticeRefusalReason.EmergencyReasonMissing);
    }

    [Fact]
    [Trait("Article", "004 §15-2; 002 §11-1")]
    public void Publish_AbolitionInTimeFor004Only_IsRefusedNamingThe002Plan()
    {
        var refusal = Publish(Content(ServiceNoticeType.Abolition, new DateOnly(2027, 4, 1))).Refusal!;

        refusal.Reason.ShouldBe(NoticeRefusalReason.TooLate);
        refusal.Shortfalls.ShouldHaveSingleItem().PlanCode.ShouldBe(ServicePlan.ChamberUtm.Code);
    }

    [Fact]
    public void Publish_NobodyTargeted_IsRefused()
    {
        Publish(Content(ServiceNoticeType.Other, s_today), customers: 0).Refusal!.Reason.ShouldBe(NoticeRefusalReason.NoRecipients);
    }

    [Fact]
    public void Publish_PeriodEndingBeforeItStarts_IsRefused()
    {
        var content = Content(ServiceNoticeType.PlannedMaintenance, new DateOnly(2027, 2, 2)) with { EffectiveUntil = new DateOnly(2027, 2, 1) };

        Publish(content).Refusal!.Reason.ShouldBe(NoticeRefusalReason.PeriodInvalid);
    }
}

public class DeemedDeliveryTests
{
    [Fact]
    [Trait("Article", "001 §21-3; 003 §10-2")]
    public void Letter_PostedOnAFriday_ArrivesAfterTheTransitBusinessDays()
    {
        DeemedDelivery.Letter(new DateOnly(2027, 1, 15), 2, BusinessCalendars.SensorServiceDesk).ShouldBe(new DateOnly(2027, 1, 19));
    }

    [Fact]
    [Trait("Article", "001 §21-2")]
    public void Email_NotYetSent_IsNotDelivered()
    {
        DeemedDelivery.Email(null).ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "001 §21-1")]
    public void Posting_IsDeliveredWhenPosted()
    {
        var at = new DateTimeOffset(2027, 1, 15, 10, 0, 0, TimeSpan.FromHours(9));
        DeemedDelivery.Posting(at).ShouldBe(at);
    }
}
