using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing.Payments;

/// <summary>A partner's customer paying the partner's retail invoices: the same payment rules, with the customer as the payer.</summary>
public class CustomerReceiptTests
{
    private static readonly Guid s_partner = Guid.NewGuid();
    private static readonly Guid s_customer = Guid.NewGuid();
    private static readonly DateTimeOffset s_at = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordCustomerReceipt_WithoutMethod_IsRefused()
    {
        var result = Payment.RecordCustomerReceipt(Guid.NewGuid(), s_partner, s_customer, new DateOnly(2026, 12, 7), new Yen(10_000), "株式会社テスト", null, null, s_at, "staff");

        result.Payment.ShouldBeNull();
        result.Refusal.ShouldBe(PaymentRefusal.MethodMissing);
    }

    [Fact]
    public void RecordCustomerReceipt_ZeroAmount_IsRefused()
    {
        Payment.RecordCustomerReceipt(Guid.NewGuid(), s_partner, s_customer, new DateOnly(2026, 12, 7), Yen.Zero, "株式会社テスト", PaymentMethod.Cash, null, s_at, "staff")
            .Refusal.ShouldBe(PaymentRefusal.AmountNotPositive);
    }

    [Fact]
    public void AllocateTo_TheCustomersInvoice_LeavesTheOverPaymentAsTheCustomersCredit()
    {
        var receipt = Receipt(130_000);

        // The invoice bills the customer (its recipient), not the partner that issued it.
        receipt.AllocateTo(Guid.NewGuid(), s_customer, new Yen(110_000), new Yen(110_000), s_at, "staff").ShouldBeNull();

        receipt.PayerId.ShouldBe(s_customer);
        receipt.Unallocated.ShouldBe(new Yen(20_000));
    }

    [Fact]
    public void AllocateTo_AnInvoiceOfAnotherCustomer_IsRefused()
    {
        Receipt(50_000).AllocateTo(Guid.NewGuid(), Guid.NewGuid(), new Yen(110_000), new Yen(50_000), s_at, "staff")
            .ShouldBe(PaymentRefusal.InvoiceOfAnotherPartner);
    }

    [Fact]
    public void AllocateTo_AnInvoiceOfThePayeePartner_IsRefused()
    {
        // A customer's money never settles what the vendor billed the partner.
        Receipt(50_000).AllocateTo(Guid.NewGuid(), s_partner, new Yen(110_000), new Yen(50_000), s_at, "staff")
            .ShouldBe(PaymentRefusal.InvoiceOfAnotherPartner);
    }

    [Fact]
    public void AssignTo_ACustomerReceipt_IsRefused()
    {
        var receipt = Receipt(50_000);

        receipt.AssignTo(Guid.NewGuid()).ShouldNotBeNull();
        receipt.PartnerId.ShouldBeNull();
    }

    private static Payment Receipt(long amount) =>
        Payment.RecordCustomerReceipt(Guid.NewGuid(), s_partner, s_customer, new DateOnly(2026, 12, 7), new Yen(amount), "株式会社テスト", PaymentMethod.BankTransfer,
            "初回分", s_at, "staff").Payment!;
}
