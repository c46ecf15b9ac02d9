using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;

namespace PartnerHub.Domain.Tests.ServiceNotices;

// 001 §21-4: a notice given another way the vendor finds appropriate is delivered at the time the notice names.
public class OtherMethodDeliveryTests
{
    private static readonly DateTimeOffset s_publishedAt = new(2027, 1, 15, 10, 0, 0, TimeSpan.FromHours(9));

    private static ServiceNotice Published() =>
        ServiceNotice.Publish(Guid.NewGuid(), new NoticeContent(ServiceNoticeType.PlannedMaintenance, "保守のお知らせ", null, "本文", null, new DateOnly(2027, 2, 15),
                null, "OS更新", null, null, null, null), NoticeTargeting.Everyone, [ServicePlan.SensorService.Code], 1, 1, s_publishedAt, new DateOnly(2027, 1, 15), "ops")
            .Notice!;

    private static ServiceNoticeRecipient RecipientOf(ServiceNotice notice) =>
        new(Guid.NewGuid(), notice.Id, Guid.NewGuid(), Guid.NewGuid(), "株式会社テスト", ServicePlan.SensorService.Code);

    [Fact]
    [Trait("Article", "001 §21-4")]
    public void RecordOtherMethod_ByFaxAtTheTimeTheNoticeNames_IsDeliveredThenWithTheMethodAndWhomItReached()
    {
        var notice = Published();
        var recipient = RecipientOf(notice);
        var named = s_publishedAt.AddDays(3);

        var (delivery, error) = notice.RecordOtherMethod(Guid.NewGuid(), recipient, " FAX ", "総務部 FAX 03-1234-5678", "ja", named, s_publishedAt.AddDays(4), "ops");

        error.ShouldBeNull();
        delivery.ShouldNotBeNull();
        delivery.Channel.ShouldBe(NoticeChannel.Other);
        delivery.OtherMethod.ShouldBe("FAX");
        delivery.Address.ShouldBe("総務部 FAX 03-1234-5678");
        delivery.DeemedDeliveredAt.ShouldBe(named);
        delivery.CustomerId.ShouldBe(recipient.CustomerId);
        delivery.PartnerId.ShouldBe(recipient.PartnerId);
        delivery.Audience.ShouldBe(DeliveryAudience.Customer);
        delivery.RecordedBy.ShouldBe("ops");
    }

    [Fact]
    [Trait("Article", "001 §21-4")]
    public void RecordOtherMethod_WithoutMethodOrAddresseeBeforePublishingOrForAnotherNoticesCustomer_IsRefused()
    {
        var notice = Published();
        var recipient = RecipientOf(notice);
        var later = s_publishedAt.AddHours(1);

        notice.RecordOtherMethod(Guid.NewGuid(), recipient, " ", "佐藤様", "ja", later, later, "ops").Error.ShouldBe(OtherDeliveryError.MethodMissing);
        notice.RecordOtherMethod(Guid.NewGuid(), recipient, "手渡し", null, "ja", later, later, "ops").Error.ShouldBe(OtherDeliveryError.AddressMissing);
        notice.RecordOtherMethod(Guid.NewGuid(), recipient, new string('x', ServiceNotice.MaxOtherMethodLength + 1), "佐藤様", "ja", later, later, "ops").Error
            .ShouldBe(OtherDeliveryError.TooLong);
        notice.RecordOtherMethod(Guid.NewGuid(), recipient, "手渡し", "佐藤様", "ja", s_publishedAt.AddMinutes(-1), later, "ops").Error
            .ShouldBe(OtherDeliveryError.BeforePublished);
        notice.RecordOtherMethod(Guid.NewGuid(), RecipientOf(Published()), "手渡し", "佐藤様", "ja", later, later, "ops").Error.ShouldBe(OtherDeliveryError.NotARecipient);
        notice.RecordOtherMethod(Guid.NewGuid(), null, "手渡し", "佐藤様", "ja", later, later, "ops").Error.ShouldBe(OtherDeliveryError.NotARecipient);
    }

    [Fact]
    public void RecordOtherMethod_OfAWithdrawnNotice_IsRefused()
    {
        var notice = Published();
        notice.Withdraw("中止", s_publishedAt.AddHours(2), new DateOnly(2027, 1, 15), "ops").ShouldBeNull();

        var (delivery, error) = notice.RecordOtherMethod(Guid.NewGuid(), RecipientOf(notice), "電話で読み上げ", "佐藤様", "ja", s_publishedAt.AddHours(3),
            s_publishedAt.AddHours(3), "ops");

        delivery.ShouldBeNull();
        error.ShouldBe(OtherDeliveryError.NoticeNotInForce);
    }

    [Fact]
    [Trait("Article", "001 §21-4")]
    public void WithdrawalByOtherMethod_OfAFaxedNotice_IsToTellTheSameAddresseeUntilRecordedAtTheTimeTheWithdrawalNames()
    {
        var notice = Published();
        var faxed = notice.RecordOtherMethod(Guid.NewGuid(), RecipientOf(notice), "FAX", "総務部 FAX 03-1234-5678", "en", s_publishedAt.AddHours(1),
            s_publishedAt.AddHours(1), "ops").Delivery!;
        var withdrawnAt = s_publishedAt.AddHours(2);
        notice.Withdraw("中止", withdrawnAt, new DateOnly(2027, 1, 15), "ops").ShouldBeNull();

        var followUp = faxed.WithdrawalByOtherMethod(Guid.NewGuid(), withdrawnAt).ShouldNotBeNull();

        (followUp.Withdrawal, followUp.Channel, followUp.OtherMethod, followUp.Address, followUp.Language, followUp.CustomerId)
            .ShouldBe((true, NoticeChannel.Other, "FAX", "総務部 FAX 03-1234-5678", "en", faxed.CustomerId));
        followUp.AwaitsWithdrawalByOtherMethod.ShouldBeTrue();
        followUp.DeemedDeliveredAt.ShouldBeNull();
        followUp.WithdrawalByOtherMethod(Guid.NewGuid(), withdrawnAt).ShouldBeNull();
        notice.RecordWithdrawalByOtherMethod(followUp, "電話", "佐藤様", withdrawnAt.AddMinutes(-1), "ops").ShouldBe(OtherDeliveryError.BeforeWithdrawn);
        notice.RecordWithdrawalByOtherMethod(followUp, "電話", " ", withdrawnAt, "ops").ShouldBe(OtherDeliveryError.AddressMissing);
        notice.RecordWithdrawalByOtherMethod(faxed, "電話", "佐藤様", withdrawnAt, "ops").ShouldBe(OtherDeliveryError.NotAFollowUp);

        notice.RecordWithdrawalByOtherMethod(followUp, " 電話 ", "総務部 佐藤様", withdrawnAt.AddHours(1), "ops2").ShouldBeNull();

        (followUp.OtherMethod, followUp.Address, followUp.DeemedDeliveredAt, followUp.RecordedBy).ShouldBe(("電話", "総務部 佐藤様", withdrawnAt.AddHours(1), "ops2"));
        followUp.AwaitsWithdrawalByOtherMethod.ShouldBeFalse();
        notice.RecordWithdrawalByOtherMethod(followUp, "電話", "佐藤様", withdrawnAt.AddHours(2), "ops").ShouldBe(OtherDeliveryError.NotAFollowUp);
    }

    [Fact]
    public void RecordWithdrawalByOtherMethod_NoticeInForce_IsRefused()
    {
        var notice = Published();
        var faxed = notice.RecordOtherMethod(Guid.NewGuid(), RecipientOf(notice), "FAX", "佐藤様", "ja", s_publishedAt, s_publishedAt, "ops").Delivery!;
        var followUp = faxed.WithdrawalByOtherMethod(Guid.NewGuid(), s_publishedAt)!;

        notice.RecordWithdrawalByOtherMethod(followUp, "FAX", "佐藤様", s_publishedAt.AddHours(1), "ops").ShouldBe(OtherDeliveryError.NoticeNotWithdrawn);
        followUp.DeemedDeliveredAt.ShouldBeNull();
    }
}
