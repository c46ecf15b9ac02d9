using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing.Payments;

/// <summary>
/// Correcting a partner's customer receipts: reversing one recorded by mistake (入金取消) and applying its over-payment, the customer's
/// credit, to another invoice of the same customer — and the rule that joins them: credit already applied elsewhere blocks the reversal.
/// </summary>
public class CustomerReceiptCorrectionTests
{
    private static readonly Guid s_partner = Guid.NewGuid();
    private static readonly Guid s_customer = Guid.NewGuid();
    private static readonly Guid s_invoiceA = Guid.NewGuid();
    private static readonly Guid s_invoiceB = Guid.NewGuid();
    private static readonly DateTimeOffset s_at = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly s_today = new(2026, 12, 7);

    [Fact]
    public void ReverseCustomerReceipt_WithReason_UndoesTheAllocationAndTheCreditAndKeepsWhoWhenWhy()
    {
        var receipt = ReceiptOnA(130_000, settles: 110_000);

        var refusal = receipt.ReverseCustomerReceipt("  金額の入力誤り  ", s_today, s_at.AddHours(2), "admin@partner.example");

        refusal.ShouldBeNull();
        receipt.IsReversed.ShouldBeTrue();
        receipt.Allocations.ShouldBeEmpty();
        receipt.Unallocated.ShouldBe(Yen.Zero);
        receipt.ReversalReason.ShouldBe("金額の入力誤り");
        receipt.ReversedBy.ShouldBe("admin@partner.example");
        receipt.ReversedAt.ShouldBe(s_at.AddHours(2));
        receipt.ReversedOn.ShouldBe(s_today);
        // Still the receipt of invoice A: the invoice lists it as reversed.
        receipt.ForInvoiceId.ShouldBe(s_invoiceA);
    }

    [Fact]
    public void ReverseCustomerReceipt_Twice_IsRefusedAndKeepsTheFirstReversal()
    {
        var receipt = ReceiptOnA(50_000, settles: 50_000);
        receipt.ReverseCustomerReceipt("二重登録", s_today, s_at, "staff").ShouldBeNull();

        var refusal = receipt.ReverseCustomerReceipt("もう一度", s_today, s_at.AddDays(1), "admin");

        refusal.ShouldBe(PaymentRefusal.AlreadyReversed);
        receipt.ReversalReason.ShouldBe("二重登録");
        receipt.ReversedBy.ShouldBe("staff");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ReverseCustomerReceipt_WithoutReason_IsRefusedAndChangesNothing(string? reason)
    {
        var receipt = ReceiptOnA(50_000, settles: 50_000);

        receipt.ReverseCustomerReceipt(reason, s_today, s_at, "staff").ShouldBe(PaymentRefusal.ReversalReasonMissing);

        receipt.IsReversed.ShouldBeFalse();
        receipt.Allocated.ShouldBe(new Yen(50_000));
    }

    [Fact]
    public void ReverseCustomerReceipt_CreditAppliedToAnotherInvoice_IsRefusedUntilThatApplicationIsWithdrawn()
    {
        var receipt = ReceiptOnA(130_000, settles: 110_000);
        receipt.ApplyCreditTo(s_invoiceB, s_customer, new Yen(55_000), new Yen(15_000), s_at, "staff").ShouldBeNull();

        // Reversing would take back 130,000 while 15,000 of it already settles invoice B: the credit would be −15,000.
        receipt.ReverseCustomerReceipt("入金先の誤り", s_today, s_at, "staff").ShouldBe(PaymentRefusal.CreditAppliedElsewhere);
        receipt.IsReversed.ShouldBeFalse();
        receipt.Allocated.ShouldBe(new Yen(125_000));

        var application = receipt.CreditApplications.ShouldHaveSingleItem();
        receipt.WithdrawCreditApplication(application.Id).ShouldBeNull();
        receipt.ReverseCustomerReceipt("入金先の誤り", s_today, s_at, "staff").ShouldBeNull();
        receipt.IsReversed.ShouldBeTrue();
    }

    [Fact]
    public void ApplyCreditTo_PartOfTheCredit_SettlesTheOtherInvoiceAndLeavesTheRestAsCredit()
    {
        var receipt = ReceiptOnA(130_000, settles: 110_000);

        receipt.ApplyCreditTo(s_invoiceB, s_customer, new Yen(55_000), new Yen(5_000), s_at, "staff").ShouldBeNull();

        receipt.Unallocated.ShouldBe(new Yen(15_000));
        var application = receipt.CreditApplications.ShouldHaveSingleItem();
        application.InvoiceId.ShouldBe(s_invoiceB);
        application.Amount.ShouldBe(new Yen(5_000));
    }

    [Fact]
    public void ApplyCreditTo_MoreThanTheCredit_IsRefused()
    {
        var receipt = ReceiptOnA(130_000, settles: 110_000);

        receipt.ApplyCreditTo(s_invoiceB, s_customer, new Yen(55_000), new Yen(20_001), s_at, "staff").ShouldBe(PaymentRefusal.ExceedsUnallocated);

        receipt.CreditApplications.ShouldBeEmpty();
    }

    [Fact]
    public void ApplyCreditTo_MoreThanTheInvoiceStillHasOpen_IsRefused()
    {
        ReceiptOnA(130_000, settles: 110_000).ApplyCreditTo(s_invoiceB, s_customer, new Yen(8_000), new Yen(9_000), s_at, "staff")
            .ShouldBe(PaymentRefusal.ExceedsOpenBalance);
    }

    [Fact]
    public void ApplyCreditTo_AnotherCustomersInvoice_IsRefused()
    {
        ReceiptOnA(130_000, settles: 110_000).ApplyCreditTo(s_invoiceB, Guid.NewGuid(), new Yen(55_000), new Yen(5_000), s_at, "staff")
            .ShouldBe(PaymentRefusal.InvoiceOfAnotherPartner);
    }

    [Fact]
    public void ApplyCreditTo_AReversedReceipt_IsRefused()
    {
        var receipt = ReceiptOnA(130_000, settles: 110_000);
        receipt.ReverseCustomerReceipt("誤登録", s_today, s_at, "staff").ShouldBeNull();

        receipt.ApplyCreditTo(s_invoiceB, s_customer, new Yen(55_000), new Yen(5_000), s_at, "staff").ShouldBe(PaymentRefusal.AlreadyReversed);
    }

    [Fact]
    public void WithdrawCreditApplication_TheReceiptsOwnAllocation_IsRefused()
    {
        var receipt = ReceiptOnA(130_000, settles: 110_000);

        receipt.WithdrawCreditApplication(receipt.Allocations[0].Id).ShouldBe(PaymentRefusal.AllocationNotFound);

        receipt.Allocated.ShouldBe(new Yen(110_000));
    }

    [Fact]
    public void CorrectionsOnAVendorPayment_AreRefused()
    {
        var payment = Payment.RecordManual(Guid.NewGuid(), s_partner, s_today, new Yen(10_000), "ﾃｽﾄ(ｶ", null, s_at, "finance").Payment!;

        payment.ReverseCustomerReceipt("誤り", s_today, s_at, "finance").ShouldBe(PaymentRefusal.NotACustomerReceipt);
        payment.ApplyCreditTo(s_invoiceB, s_partner, new Yen(10_000), new Yen(1_000), s_at, "finance").ShouldBe(PaymentRefusal.NotACustomerReceipt);
        payment.IsReversed.ShouldBeFalse();
        payment.CreditApplications.ShouldBeEmpty();
    }

    private static Payment ReceiptOnA(long amount, long settles)
    {
        var receipt = Payment.RecordCustomerReceipt(Guid.NewGuid(), s_partner, s_customer, s_today, new Yen(amount), "株式会社テスト", PaymentMethod.BankTransfer,
            null, s_at, "staff", s_invoiceA).Payment!;
        receipt.AllocateTo(s_invoiceA, s_customer, new Yen(settles), new Yen(settles), s_at, "staff").ShouldBeNull();
        return receipt;
    }
}
