using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Notices;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;

namespace PartnerHub.Domain.Tests.ServiceNotices;

// ADR-006: withdrawing and correcting a published notice.
public class NoticeWithdrawalAndCorrectionTests
{
    private static readonly DateOnly s_publishedOn = new(2027, 1, 15);
    private static readonly DateTimeOffset s_publishedAt = new(2027, 1, 15, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateOnly s_laterOn = new(2027, 1, 20);
    private static readonly DateTimeOffset s_laterAt = new(2027, 1, 20, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly string[] s_both = [ServicePlan.SensorService.Code, ServicePlan.ChamberUtm.Code];

    // A terms change to 004 and 002 customers, effective on 2027-02-15: the earliest 002 allows after a notice on 1/15 (30 days, 002 §3-3).
    private static NoticeContent TermsChange(DateOnly? effective = null, string body = "本文") =>
        new(ServiceNoticeType.TermsChange, "規約改定", null, body, null, effective ?? new DateOnly(2027, 2, 15), null, null, null, "第7条を改定", null, null);

    private static ServiceNotice Published(NoticeContent? content = null) =>
        ServiceNotice.Publish(Guid.NewGuid(), content ?? TermsChange(), NoticeTargeting.Everyone, s_both, 3, 1, s_publishedAt, s_publishedOn, "ops").Notice!;

    private static (ServiceNotice? Notice, NoticeRefusal? Refusal) Correct(ServiceNotice original, NoticeContent content) =>
        ServiceNotice.PublishCorrection(original, Guid.NewGuid(), content, s_both, 3, 1, s_laterAt, s_laterOn, "ops");

    private static ServiceNoticeDelivery Letter(ServiceNotice notice) =>
        new(Guid.NewGuid(), notice.Id, Guid.NewGuid(), Guid.NewGuid(), DeliveryAudience.Customer, NoticeChannel.Letter, "100-0001 東京都千代田区千代田1-1", "en",
            null, s_publishedAt, null);

    [Fact]
    [Trait("Article", "001 §21-3; 003 §10-2")]
    public void WithdrawalLetter_OfAPostedLetter_GoesToTheSameAddressInItsLanguageAndIsPostableOnlyOnceWithdrawnFromTheWithdrawalDay()
    {
        var notice = Published();
        var posted = Letter(notice);
        posted.RecordLetterPosted(s_publishedOn.AddDays(1), notice.LetterIssuedOn(posted), s_publishedOn.AddDays(1), 2, BusinessCalendars.SensorServiceDesk, "ops")
            .ShouldBeNull();
        notice.Withdraw("中止", s_laterAt, s_laterOn, "ops").ShouldBeNull();

        var withdrawal = posted.WithdrawalLetter(Guid.NewGuid(), s_laterAt).ShouldNotBeNull();

        withdrawal.ShouldSatisfyAllConditions(
            () => withdrawal.Withdrawal.ShouldBeTrue(),
            () => withdrawal.WithdrawsLetterId.ShouldBe(posted.Id),
            () => withdrawal.Channel.ShouldBe(NoticeChannel.Letter),
            () => (withdrawal.NoticeId, withdrawal.PartnerId, withdrawal.CustomerId, withdrawal.Address, withdrawal.Language)
                .ShouldBe((posted.NoticeId, posted.PartnerId, posted.CustomerId, posted.Address, "en")),
            () => withdrawal.LetterPostedOn.ShouldBeNull(),
            () => withdrawal.LetterArrivesOn.ShouldBeNull());
        // The withdrawal letter may be posted, the original's unposted siblings may not; it is posted on or after the withdrawal day.
        notice.LetterPostingRefusal(withdrawal).ShouldBeNull();
        notice.LetterPostingRefusal(Letter(notice)).ShouldBe(LetterRecordError.NoticeNotInForce);
        notice.LetterIssuedOn(withdrawal).ShouldBe(s_laterOn);
        withdrawal.RecordLetterPosted(s_laterOn.AddDays(-1), notice.LetterIssuedOn(withdrawal), s_laterOn, 2, BusinessCalendars.SensorServiceDesk, "ops")
            .ShouldBe(LetterRecordError.BeforeWithdrawn);
        withdrawal.RecordLetterPosted(s_laterOn, notice.LetterIssuedOn(withdrawal), s_laterOn, 2, BusinessCalendars.SensorServiceDesk, "ops").ShouldBeNull();
        withdrawal.LetterArrivesOn.ShouldBe(BusinessCalendars.SensorServiceDesk.AddBusinessDays(s_laterOn, 2));
    }

    [Fact]
    public void WithdrawalLetter_OfAnUnpostedLetterOrAnotherWithdrawalLetter_IsNone()
    {
        var notice = Published();
        var unposted = Letter(notice);
        var posted = Letter(notice);
        posted.RecordLetterPosted(s_publishedOn, s_publishedOn, s_publishedOn, 2, BusinessCalendars.SensorServiceDesk, "ops").ShouldBeNull();
        var withdrawal = posted.WithdrawalLetter(Guid.NewGuid(), s_laterAt)!;
        withdrawal.RecordLetterPosted(s_laterOn, s_laterOn, s_laterOn, 2, BusinessCalendars.SensorServiceDesk, "ops").ShouldBeNull();

        unposted.WithdrawalLetter(Guid.NewGuid(), s_laterAt).ShouldBeNull();
        withdrawal.WithdrawalLetter(Guid.NewGuid(), s_laterAt).ShouldBeNull();
    }

    [Fact]
    public void LetterPostable_ByStanding_TheNoticesLettersWhileInForceItsWithdrawalLettersOnceWithdrawn()
    {
        ServiceNotice.LetterPostable(NoticeStanding.InForce, withdrawalLetter: false).ShouldBeTrue();
        ServiceNotice.LetterPostable(NoticeStanding.InForce, withdrawalLetter: true).ShouldBeFalse();
        ServiceNotice.LetterPostable(NoticeStanding.Withdrawn, withdrawalLetter: false).ShouldBeFalse();
        ServiceNotice.LetterPostable(NoticeStanding.Withdrawn, withdrawalLetter: true).ShouldBeTrue();
        ServiceNotice.LetterPostable(NoticeStanding.Superseded, withdrawalLetter: false).ShouldBeFalse();
        ServiceNotice.LetterPostable(NoticeStanding.Superseded, withdrawalLetter: true).ShouldBeFalse();
    }

    [Fact]
    public void Withdraw_PublishedNotice_IsMarkedWithdrawnWithItsReasonAndAsksNoAcknowledgement()
    {
        var notice = Published();

        notice.Withdraw("  作業日程の見直し ", s_laterAt, s_laterOn, "ops2").ShouldBeNull();

        notice.Standing.ShouldBe(NoticeStanding.Withdrawn);
        notice.WithdrawalReason.ShouldBe("作業日程の見直し");
        notice.WithdrawnOn.ShouldBe(s_laterOn);
        notice.WithdrawnBy.ShouldBe("ops2");
        notice.StoodUntil.ShouldBe(s_laterOn);
        notice.AwaitsAcknowledgement.ShouldBeFalse();
        notice.LetterPostingRefusal(Letter(notice)).ShouldBe(LetterRecordError.NoticeNotInForce);
    }

    [Fact]
    public void Withdraw_Twice_IsRefusedAndTheFirstWithdrawalStands()
    {
        var notice = Published();
        notice.Withdraw("一度目", s_laterAt, s_laterOn, "ops").ShouldBeNull();

        notice.Withdraw("二度目", s_laterAt.AddDays(1), s_laterOn.AddDays(1), "ops")!.Reason.ShouldBe(NoticeRefusalReason.AlreadyWithdrawn);

        notice.WithdrawalReason.ShouldBe("一度目");
        notice.WithdrawnOn.ShouldBe(s_laterOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Withdraw_WithoutAReason_IsRefusedAndTheNoticeStaysInForce(string? reason)
    {
        var notice = Published();

        notice.Withdraw(reason, s_laterAt, s_laterOn, "ops")!.Reason.ShouldBe(NoticeRefusalReason.WithdrawalReasonMissing);

        notice.Standing.ShouldBe(NoticeStanding.InForce);
        notice.AwaitsAcknowledgement.ShouldBeTrue();
        notice.LetterPostingRefusal(Letter(notice)).ShouldBeNull();
    }

    [Fact]
    public void Withdraw_NoticeACorrectionReplaced_IsRefusedSoTheCorrectionIsTheOneToWithdraw()
    {
        var original = Published();
        Correct(original, TermsChange(body: "訂正後の本文")).Notice.ShouldNotBeNull();

        original.Withdraw("取り下げ", s_laterAt, s_laterOn, "ops")!.Reason.ShouldBe(NoticeRefusalReason.AlreadySuperseded);
    }

    [Fact]
    [Trait("Article", "002 §3-3")]
    public void PublishCorrection_OnlyTheWordingChanges_CountsTheLeadTimeFromTheOriginalNoticeDateAndSupersedesTheOriginal()
    {
        var original = Published();

        // Five days later the 30 days of 002 §3-3 are no longer left before 2/15, but the recipients were told in time.
        var (correction, refusal) = Correct(original, TermsChange(body: "誤字を訂正した本文"));

        refusal.ShouldBeNull();
        correction!.CorrectsId.ShouldBe(original.Id);
        correction.NoticeDate.ShouldBe(s_publishedOn);
        correction.PublishedOn.ShouldBe(s_laterOn);
        correction.PublishedAsEmergency.ShouldBeFalse();
        original.Standing.ShouldBe(NoticeStanding.Superseded);
        original.SupersededById.ShouldBe(correction.Id);
        original.StoodUntil.ShouldBe(s_laterOn);
        original.AwaitsAcknowledgement.ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "002 §3-3")]
    public void PublishCorrection_NewEffectiveDate_CountsTheLeadTimeFromTheCorrectionAndRefusesWhenTooLate()
    {
        var original = Published();

        var (correction, refusal) = Correct(original, TermsChange(new DateOnly(2027, 2, 16)));

        correction.ShouldBeNull();
        refusal!.Reason.ShouldBe(NoticeRefusalReason.TooLate);
        // 30 days from the correction's own notice date 1/20: 1/21 – 2/19 run first.
        refusal.Shortfalls.ShouldHaveSingleItem().EarliestEffectiveDate.ShouldBe(new DateOnly(2027, 2, 20));
        original.Standing.ShouldBe(NoticeStanding.InForce);
    }

    [Fact]
    [Trait("Article", "002 §3-3")]
    public void PublishCorrection_NewEffectiveDateInTime_CountsItsWindowFromItsOwnPublication()
    {
        var original = Published();

        var (correction, _) = Correct(original, TermsChange(new DateOnly(2027, 3, 1)));

        correction!.NoticeDate.ShouldBe(s_laterOn);
        correction.OriginalNoticeDate.ShouldBeNull();
        original.Standing.ShouldBe(NoticeStanding.Superseded);
    }

    [Fact]
    public void PublishCorrection_WithdrawnNotice_IsRefused()
    {
        var original = Published();
        original.Withdraw("中止", s_laterAt, s_laterOn, "ops");

        var (correction, refusal) = Correct(original, TermsChange(body: "訂正"));

        correction.ShouldBeNull();
        refusal!.Reason.ShouldBe(NoticeRefusalReason.CorrectingWithdrawn);
        original.SupersededById.ShouldBeNull();
    }

    [Fact]
    public void PublishCorrection_OfANoticeAlreadyCorrected_IsRefused()
    {
        var original = Published();
        Correct(original, TermsChange(body: "一度目の訂正")).Notice.ShouldNotBeNull();

        Correct(original, TermsChange(body: "二度目の訂正")).Refusal!.Reason.ShouldBe(NoticeRefusalReason.AlreadySuperseded);
    }

    [Fact]
    public void PublishCorrection_AnotherType_IsRefused()
    {
        var original = Published();

        var refusal = Correct(original, TermsChange() with { Type = ServiceNoticeType.Other, NewTerms = null }).Refusal;

        refusal!.Reason.ShouldBe(NoticeRefusalReason.CorrectionChangesType);
        original.Standing.ShouldBe(NoticeStanding.InForce);
    }

    [Fact]
    [Trait("Article", "004 §21-2")]
    public void ClosingAfter_WithdrawnNotice_KeepsTheWithdrawalDayAndClosesFromTheNextDay()
    {
        var window = TermsChangeCancellationWindow.For(ServicePlanPolicy.ForSeed("004")!, s_publishedOn, new DateOnly(2027, 2, 15));

        var closed = window.ClosingAfter(s_laterOn);

        window.ClosesOn.ShouldBe(new DateOnly(2027, 2, 14));
        closed.Contains(s_laterOn).ShouldBeTrue();
        closed.Contains(s_laterOn.AddDays(1)).ShouldBeFalse();
        closed.ClosedEarly.ShouldBeTrue();
        window.ClosingAfter(null).ShouldBe(window);
        window.ClosingAfter(new DateOnly(2027, 3, 1)).ShouldBe(window);
    }

    [Fact]
    public void Cancel_QueuedEmail_IsNeverTriedAgainButASentOneStaysSent()
    {
        var queued = new OutboundEmail(Guid.NewGuid(), null, "a@example.jp", "件名", "本文", "service-notice", s_publishedAt);
        var sent = new OutboundEmail(Guid.NewGuid(), null, "b@example.jp", "件名", "本文", "service-notice", s_publishedAt);
        sent.MarkSent(s_publishedAt.AddMinutes(1));

        queued.Cancel(s_laterAt).ShouldBeTrue();
        sent.Cancel(s_laterAt).ShouldBeFalse();

        queued.Status.ShouldBe(OutboundEmailStatus.Cancelled);
        queued.IsDue(s_laterAt.AddDays(1)).ShouldBeFalse();
        sent.Status.ShouldBe(OutboundEmailStatus.Sent);
        sent.CancelledAt.ShouldBeNull();
    }
}
