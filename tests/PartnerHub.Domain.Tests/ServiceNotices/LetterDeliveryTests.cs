using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.ServiceNotices;

namespace PartnerHub.Domain.Tests.ServiceNotices;

public class LetterDeliveryTests
{
    private static readonly BusinessCalendar s_calendar = BusinessCalendars.SensorServiceDesk;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ServiceNoticeDelivery Delivery(NoticeChannel channel = NoticeChannel.Letter, LetterDeliveryRule rule = LetterDeliveryRule.ReachesAddress) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DeliveryAudience.Customer, channel, "100-0001 東京都千代田区千代田1-1", "ja", null,
            new DateTimeOffset(2027, 1, 15, 1, 0, 0, TimeSpan.Zero), null, letterDelivery: rule);

    [Fact]
    [Trait("Article", "001 §21-3; 003 §10-2")]
    public void RecordLetterPosted_PostedTheMondayAfterPublishing_ArrivesTwoBusinessDaysAfterThePostingDayNotThePublishingDay()
    {
        var letter = Delivery();

        letter.RecordLetterPosted(D(2027, 1, 18), issuedOn: D(2027, 1, 15), today: D(2027, 1, 18), 2, s_calendar, "ops").ShouldBeNull();

        letter.LetterPostedOn.ShouldBe(D(2027, 1, 18));
        letter.LetterArrivesOn.ShouldBe(D(2027, 1, 20));
        letter.RecordedBy.ShouldBe("ops");
    }

    [Fact]
    [Trait("Article", "001 §21-3; 003 §10-2")]
    public void RecordLetterPosted_BeforeTheYearEndClosure_ArrivesOnTheSecondBusinessDayAfterIt()
    {
        var letter = Delivery();

        letter.RecordLetterPosted(D(2026, 12, 25), D(2026, 12, 24), D(2026, 12, 25), 2, s_calendar, "ops").ShouldBeNull();

        letter.LetterArrivesOn.ShouldBe(s_calendar.AddBusinessDays(D(2026, 12, 25), 2));
        letter.LetterArrivesOn!.Value.ShouldBeGreaterThan(D(2027, 1, 4));
    }

    [Fact]
    [Trait("Article", "001 §21-3")]
    public void LetterArrivesOn_NotYetPosted_IsUnknown()
    {
        Delivery().LetterArrivesOn.ShouldBeNull();
    }

    [Theory]
    [Trait("Article", "001 §21-3")]
    [InlineData(2027, 1, 14, LetterRecordError.BeforePublished)]
    [InlineData(2027, 1, 19, LetterRecordError.InFuture)]
    public void RecordLetterPosted_OutsideThePublishingDayAndToday_IsRefusedAndNothingChanges(int y, int m, int d, LetterRecordError expected)
    {
        var letter = Delivery();

        letter.RecordLetterPosted(D(y, m, d), D(2027, 1, 15), D(2027, 1, 18), 2, s_calendar, "ops").ShouldBe(expected);

        letter.LetterPostedOn.ShouldBeNull();
        letter.LetterArrivesOn.ShouldBeNull();
    }

    [Fact]
    public void RecordLetterPosted_TwiceOrOnAnEmail_IsRefused()
    {
        var letter = Delivery();
        letter.RecordLetterPosted(D(2027, 1, 15), D(2027, 1, 15), D(2027, 1, 18), 2, s_calendar, "ops").ShouldBeNull();

        letter.RecordLetterPosted(D(2027, 1, 18), D(2027, 1, 15), D(2027, 1, 18), 2, s_calendar, "ops").ShouldBe(LetterRecordError.AlreadyPosted);
        Delivery(NoticeChannel.Email).RecordLetterPosted(D(2027, 1, 15), D(2027, 1, 15), D(2027, 1, 18), 2, s_calendar, "ops")
            .ShouldBe(LetterRecordError.NotALetter);
        letter.LetterPostedOn.ShouldBe(D(2027, 1, 15));
    }

    [Fact]
    [Trait("Article", "003 §10-2")]
    public void RecordLetterReturned_UnderThe003Policy_KeepsItsNormalArrivalAsTheDeemedDelivery()
    {
        var letter = Delivery(rule: ServicePlanPolicy.SecurityVendor003.LetterDelivery);
        letter.RecordLetterPosted(D(2027, 1, 18), D(2027, 1, 15), D(2027, 1, 18), 2, s_calendar, "ops").ShouldBeNull();

        letter.RecordLetterReturned(D(2027, 1, 22), D(2027, 1, 22), "ops2").ShouldBeNull();

        letter.LetterReturnedOn.ShouldBe(D(2027, 1, 22));
        letter.LetterArrivesOn.ShouldBe(D(2027, 1, 20));
        letter.LetterDeemedDeliveredOn.ShouldBe(D(2027, 1, 20));
        letter.RecordedBy.ShouldBe("ops2");
    }

    [Fact]
    [Trait("Article", "001 §21-3")]
    public void RecordLetterReturned_UnderThe001Policy_IsNotDeliveredThoughItWasDeemedToArriveUntilItCameBack()
    {
        var letter = Delivery(rule: ServicePlanPolicy.ConsultationPilot001.LetterDelivery);
        letter.RecordLetterPosted(D(2027, 1, 18), D(2027, 1, 15), D(2027, 1, 18), 2, s_calendar, "ops").ShouldBeNull();
        letter.LetterDeemedDeliveredOn.ShouldBe(D(2027, 1, 20));

        letter.RecordLetterReturned(D(2027, 1, 22), D(2027, 1, 22), "ops2").ShouldBeNull();

        letter.LetterReturnedOn.ShouldBe(D(2027, 1, 22));
        letter.LetterArrivesOn.ShouldBe(D(2027, 1, 20));
        letter.LetterDeemedDeliveredOn.ShouldBeNull();
    }

    [Theory]
    [Trait("Article", "001 §21-3; 003 §10-2; 民法 §97-1")]
    [InlineData("001", LetterDeliveryRule.ReachesAddress)]
    [InlineData("003", LetterDeliveryRule.NormalArrival)]
    [InlineData("004", LetterDeliveryRule.ReachesAddress)]
    [InlineData("002", LetterDeliveryRule.ReachesAddress)]
    [InlineData("000", LetterDeliveryRule.ReachesAddress)]
    public void LetterDelivery_OfEachSeedPreset_FollowsItsArticleOrTheGeneralRuleWhereItIsSilent(string seed, LetterDeliveryRule expected)
    {
        ServicePlanPolicy.ForSeed(seed)!.LetterDelivery.ShouldBe(expected);
    }

    [Fact]
    [Trait("Article", "001 §21-3; 003 §10-2")]
    public void LetterRuleOf_ACustomerWithA003AndA001Contract_NeedsTheLetterToArrive()
    {
        DeemedDelivery.LetterRuleOf([ServicePlanPolicy.SecurityVendor003, ServicePlanPolicy.ConsultationPilot001]).ShouldBe(LetterDeliveryRule.ReachesAddress);
        DeemedDelivery.LetterRuleOf([ServicePlanPolicy.SecurityVendor003, ServicePlanPolicy.SecurityVendor003]).ShouldBe(LetterDeliveryRule.NormalArrival);
        DeemedDelivery.LetterRuleOf([ServicePlanPolicy.SecurityVendor003, null]).ShouldBe(LetterDeliveryRule.ReachesAddress);
        DeemedDelivery.LetterRuleOf([]).ShouldBe(LetterDeliveryRule.ReachesAddress);
    }

    [Fact]
    [Trait("Article", "003 §10-2")]
    public void PlanPolicySettings_AVersionSettingTheLetterRule_ChangesItAndAVersionStoredWithoutItKeepsThePlans()
    {
        var builtIn = ServicePlanPolicy.SensorService004;
        var settings = PlanPolicySettings.Of(builtIn);
        settings.LetterDelivery.ShouldBe(LetterDeliveryRule.ReachesAddress);

        (settings with { LetterDelivery = LetterDeliveryRule.NormalArrival }).ApplyTo(builtIn).LetterDelivery.ShouldBe(LetterDeliveryRule.NormalArrival);
        (settings with { LetterDelivery = null }).ApplyTo(ServicePlanPolicy.SecurityVendor003).LetterDelivery.ShouldBe(LetterDeliveryRule.NormalArrival);
    }

    [Fact]
    public void RecordLetterReturned_NotPostedBeforeItsPostingTwiceOrInTheFuture_IsRefused()
    {
        Delivery().RecordLetterReturned(D(2027, 1, 20), D(2027, 1, 22), "ops").ShouldBe(LetterRecordError.NotPosted);
        var letter = Delivery();
        letter.RecordLetterPosted(D(2027, 1, 18), D(2027, 1, 15), D(2027, 1, 18), 2, s_calendar, "ops").ShouldBeNull();

        letter.RecordLetterReturned(D(2027, 1, 17), D(2027, 1, 22), "ops").ShouldBe(LetterRecordError.ReturnedBeforePosted);
        letter.RecordLetterReturned(D(2027, 1, 23), D(2027, 1, 22), "ops").ShouldBe(LetterRecordError.InFuture);
        letter.RecordLetterReturned(D(2027, 1, 21), D(2027, 1, 22), "ops").ShouldBeNull();
        letter.RecordLetterReturned(D(2027, 1, 22), D(2027, 1, 22), "ops").ShouldBe(LetterRecordError.AlreadyReturned);
        letter.LetterReturnedOn.ShouldBe(D(2027, 1, 21));
    }
}
