using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing.Payments;

/// <summary>A bank 取消 record on finance's work list: matched to the payment it withdraws, or dismissed with a reason; once only.</summary>
public class BankCancellationTests
{
    private static readonly DateTimeOffset s_at = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly s_day = new(2026, 12, 7);

    private static BankCancellation NewItem(BankCancellationCause cause = BankCancellationCause.NoPayment) =>
        BankCancellation.Record(Guid.NewGuid(),
            new BankCancellationRecord("0005-001-1234567-20261207-31-55000", "0005-001-1234567-", "-31-55000", "0005-001-1234567", "000031", new Yen(55_000),
                " ｽｽﾞｷｼﾖｳｼﾞ(ｶ ", s_day, null),
            "nyukin.txt", 2, cause, Guid.NewGuid(), "CreditAlreadyUsed INV-2026-000001", s_at, "finance");

    [Fact]
    public void Record_UnmatchedCancellation_IsOpenWithoutARefusedPayment()
    {
        var item = NewItem();

        (item.Status, item.Cause, item.RefusedPaymentId, item.RefusalDetail, item.PayerName).ShouldBe(
            (BankCancellationStatus.Open, BankCancellationCause.NoPayment, null, null, "ｽｽﾞｷｼﾖｳｼﾞ(ｶ"));
    }

    [Fact]
    public void MatchTo_PaymentOfTheAmountOnOrBeforeTheDay_ResolvesTheItemOnce()
    {
        var item = NewItem();
        var payment = Guid.NewGuid();

        item.MatchTo(payment, new Yen(55_000), s_day.AddDays(-2), "全銀 取消区分 1: nyukin.txt #2", null, s_at, "finance").ShouldBeNull();

        (item.Status, item.MatchedPaymentId, item.Resolution).ShouldBe((BankCancellationStatus.Matched, payment, "全銀 取消区分 1: nyukin.txt #2"));
        item.Dismiss("後から", s_at, "finance").ShouldBe(BankCancellationRefusal.AlreadyResolved);
        item.MatchTo(Guid.NewGuid(), new Yen(55_000), s_day, "x", null, s_at, "finance").ShouldBe(BankCancellationRefusal.AlreadyResolved);
    }

    [Fact]
    public void MatchTo_OtherAmountOrLaterPayment_IsRefused()
    {
        var item = NewItem();

        item.MatchTo(Guid.NewGuid(), new Yen(55_001), s_day, "x", null, s_at, "finance").ShouldBe(BankCancellationRefusal.AmountDiffers);
        item.MatchTo(Guid.NewGuid(), new Yen(55_000), s_day.AddDays(1), "x", null, s_at, "finance").ShouldBe(BankCancellationRefusal.PaymentAfterCancellation);
        item.IsOpen.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Dismiss_WithoutReason_IsRefused(string? reason)
    {
        var item = NewItem();

        item.Dismiss(reason, s_at, "finance").ShouldBe(BankCancellationRefusal.DismissalReasonMissing);
        item.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void Reassess_AfterResolution_ChangesNothing()
    {
        var item = NewItem(BankCancellationCause.ReversalRefused);
        item.Dismiss(" 銀行確認済み ", s_at, "finance").ShouldBeNull();

        item.Reassess(BankCancellationCause.NoPayment, null, null);

        (item.Status, item.Cause, item.Resolution).ShouldBe((BankCancellationStatus.Dismissed, BankCancellationCause.ReversalRefused, "銀行確認済み"));
    }
}
