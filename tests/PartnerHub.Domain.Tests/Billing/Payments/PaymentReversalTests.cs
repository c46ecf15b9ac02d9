using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing.Payments;

/// <summary>Reversing a payment the bank took back (組戻し / 取消): allocations undone, credit gone, record kept.</summary>
public class PaymentReversalTests
{
    private static readonly Guid s_partner = Guid.NewGuid();
    private static readonly DateOnly s_received = new(2026, 12, 7);
    private static readonly DateTimeOffset s_at = new(2026, 12, 9, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reverse_OverPaymentSettlingTwoInvoices_UndoesEveryAllocationAndTheCredit()
    {
        // ¥120,000 received: ¥66,000 to A (dated 11/30), ¥44,000 to B (dated 12/7, the same day), ¥10,000 left as credit.
        var payment = Paid(120_000);
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        payment.AllocateTo(a, s_partner, new Yen(66_000), new Yen(66_000), s_at, "finance").ShouldBeNull();
        payment.AllocateTo(b, s_partner, new Yen(44_000), new Yen(44_000), s_at, "finance").ShouldBeNull();
        payment.Unallocated.ShouldBe(new Yen(10_000));

        var refusal = payment.Reverse("組戻し", new DateOnly(2026, 12, 9), Dates((a, new DateOnly(2026, 11, 30)), (b, s_received)), null, s_at, "finance");

        refusal.ShouldBeNull();
        payment.IsReversed.ShouldBeTrue();
        payment.Allocations.ShouldBeEmpty();
        payment.Allocated.ShouldBe(Yen.Zero);
        payment.Unallocated.ShouldBe(Yen.Zero);
        payment.Amount.ShouldBe(new Yen(120_000));
        payment.ReversedOn.ShouldBe(new DateOnly(2026, 12, 9));
        payment.ReversalReason.ShouldBe("組戻し");
        payment.ReversedBy.ShouldBe("finance");
    }

    [Fact]
    public void Reverse_CreditSpentOnALaterInvoice_IsRefusedAndChangesNothing()
    {
        var payment = Paid(120_000);
        var settled = Guid.NewGuid();
        var later = Guid.NewGuid();
        payment.AllocateTo(settled, s_partner, new Yen(110_000), new Yen(110_000), s_at, "finance");
        payment.AllocateTo(later, s_partner, new Yen(55_000), new Yen(10_000), s_at, "finance");
        var dates = Dates((settled, new DateOnly(2026, 11, 30)), (later, new DateOnly(2026, 12, 31)));

        var refusal = payment.Reverse("組戻し", new DateOnly(2026, 12, 9), dates, null, s_at, "finance");

        refusal.ShouldBe(PaymentRefusal.CreditAlreadyUsed);
        payment.AllocationsFromCredit(dates).Single().InvoiceId.ShouldBe(later);
        payment.IsReversed.ShouldBeFalse();
        payment.Allocated.ShouldBe(new Yen(120_000));
    }

    [Fact]
    public void Reverse_AfterTheSpentCreditIsReleased_Succeeds()
    {
        var payment = Paid(120_000);
        var later = Guid.NewGuid();
        payment.AllocateTo(later, s_partner, new Yen(55_000), new Yen(10_000), s_at, "finance");
        var dates = Dates((later, new DateOnly(2026, 12, 31)));
        payment.ReleaseAllocation(payment.Allocations.Single().Id).ShouldBeNull();

        payment.Reverse("組戻し", new DateOnly(2026, 12, 9), dates, null, s_at, "finance").ShouldBeNull();

        payment.IsReversed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reverse_WithoutReason_IsRefused(string? reason)
    {
        var payment = Paid(50_000);

        payment.Reverse(reason, s_received, Dates(), null, s_at, "finance").ShouldBe(PaymentRefusal.ReversalReasonMissing);
        payment.IsReversed.ShouldBeFalse();
    }

    [Fact]
    public void Reverse_Twice_IsRefusedAndKeepsTheFirstReason()
    {
        var payment = Paid(50_000);
        payment.Reverse("組戻し", s_received, Dates(), "bank-1", s_at, "finance").ShouldBeNull();

        payment.Reverse("again", s_received, Dates(), null, s_at, "other").ShouldBe(PaymentRefusal.AlreadyReversed);

        payment.ReversalReason.ShouldBe("組戻し");
        payment.ReversalRecordIdentity.ShouldBe("bank-1");
    }

    [Fact]
    public void ChangesAfterReversal_AreRefused()
    {
        var payment = Paid(50_000);
        payment.Reverse("組戻し", s_received, Dates(), null, s_at, "finance");

        payment.AllocateTo(Guid.NewGuid(), s_partner, new Yen(50_000), new Yen(50_000), s_at, "finance").ShouldBe(PaymentRefusal.AlreadyReversed);
        payment.AssignTo(Guid.NewGuid()).ShouldBe(PaymentRefusal.AlreadyReversed);
        payment.ReleaseAllocation(Guid.NewGuid()).ShouldBe(PaymentRefusal.AlreadyReversed);
        payment.Allocations.ShouldBeEmpty();
    }

    private static Dictionary<Guid, DateOnly> Dates(params (Guid Id, DateOnly Date)[] invoices) => invoices.ToDictionary(i => i.Id, i => i.Date);

    private static Payment Paid(long amount) =>
        Payment.RecordManual(Guid.NewGuid(), s_partner, s_received, new Yen(amount), "ｶ)ﾐﾅﾄｼﾞﾖｳﾎｳｼｽﾃﾑ", null, s_at, "finance").Payment!;
}
