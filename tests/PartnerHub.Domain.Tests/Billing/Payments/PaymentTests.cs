using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing.Payments;

public class PaymentTests
{
    private static readonly Guid s_partner = Guid.NewGuid();
    private static readonly Guid s_other = Guid.NewGuid();
    private static readonly DateTimeOffset s_at = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordManual_ZeroAmount_IsRefused()
    {
        var result = Payment.RecordManual(Guid.NewGuid(), s_partner, new DateOnly(2026, 12, 7), Yen.Zero, "ｶ)ﾐﾅﾄ", null, s_at, "finance");

        result.Payment.ShouldBeNull();
        result.Refusal.ShouldBe(PaymentRefusal.AmountNotPositive);
    }

    [Fact]
    public void RecordManual_BlankPayerName_IsRefused()
    {
        Payment.RecordManual(Guid.NewGuid(), s_partner, new DateOnly(2026, 12, 7), new Yen(1), "  ", null, s_at, "finance").Refusal
            .ShouldBe(PaymentRefusal.PayerNameMissing);
    }

    [Fact]
    public void AllocateTo_PartOfThePayment_LeavesTheRestAsCredit()
    {
        var payment = Paid(120_000);
        var invoice = Guid.NewGuid();

        payment.AllocateTo(invoice, s_partner, new Yen(110_000), new Yen(110_000), s_at, "finance").ShouldBeNull();

        payment.Allocated.ShouldBe(new Yen(110_000));
        payment.Unallocated.ShouldBe(new Yen(10_000));
        payment.Allocations.Single().InvoiceId.ShouldBe(invoice);
    }

    [Fact]
    public void AllocateTo_CreditLaterToAnotherInvoice_UsesTheRemainder()
    {
        var payment = Paid(120_000);
        payment.AllocateTo(Guid.NewGuid(), s_partner, new Yen(110_000), new Yen(110_000), s_at, "finance");

        payment.AllocateTo(Guid.NewGuid(), s_partner, new Yen(55_000), new Yen(10_000), s_at, "finance").ShouldBeNull();

        payment.Unallocated.ShouldBe(Yen.Zero);
        payment.Allocations.Count.ShouldBe(2);
    }

    [Fact]
    public void AllocateTo_MoreThanTheInvoiceHasOpen_IsRefused()
    {
        var payment = Paid(120_000);

        payment.AllocateTo(Guid.NewGuid(), s_partner, new Yen(46_800), new Yen(46_801), s_at, "finance").ShouldBe(PaymentRefusal.ExceedsOpenBalance);
        payment.Allocations.ShouldBeEmpty();
    }

    [Fact]
    public void AllocateTo_MoreThanThePaymentHasLeft_IsRefused()
    {
        var payment = Paid(50_000);

        payment.AllocateTo(Guid.NewGuid(), s_partner, new Yen(110_000), new Yen(50_001), s_at, "finance").ShouldBe(PaymentRefusal.ExceedsUnallocated);
    }

    [Fact]
    public void AllocateTo_ZeroAmount_IsRefused()
    {
        Paid(50_000).AllocateTo(Guid.NewGuid(), s_partner, new Yen(110_000), Yen.Zero, s_at, "finance").ShouldBe(PaymentRefusal.AmountNotPositive);
    }

    [Fact]
    public void AllocateTo_AnotherPartnersInvoice_IsRefused()
    {
        Paid(50_000).AllocateTo(Guid.NewGuid(), s_other, new Yen(110_000), new Yen(50_000), s_at, "finance").ShouldBe(PaymentRefusal.InvoiceOfAnotherPartner);
    }

    [Fact]
    public void AllocateTo_UnmatchedImport_IsRefusedUntilAssigned()
    {
        var payment = Imported(PaymentMatchState.Unmatched, null);

        payment.AllocateTo(Guid.NewGuid(), s_partner, new Yen(33_000), new Yen(33_000), s_at, "finance").ShouldBe(PaymentRefusal.NoPartner);
        payment.AssignTo(s_partner).ShouldBeNull();
        payment.AllocateTo(Guid.NewGuid(), s_partner, new Yen(33_000), new Yen(33_000), s_at, "finance").ShouldBeNull();
        payment.MatchState.ShouldBe(PaymentMatchState.Assigned);
    }

    [Fact]
    public void Import_AmbiguousWithACandidate_KeepsNoPartner()
    {
        var payment = Imported(PaymentMatchState.Ambiguous, s_partner);

        payment.PartnerId.ShouldBeNull();
        payment.MatchReasons.ShouldBe("NameSharedByPartners");
    }

    [Fact]
    public void AssignTo_AllocatedPaymentToAnotherPartner_IsRefused()
    {
        var payment = Paid(50_000);
        payment.AllocateTo(Guid.NewGuid(), s_partner, new Yen(50_000), new Yen(50_000), s_at, "finance");

        payment.AssignTo(s_other).ShouldBe(PaymentRefusal.AlreadyAllocated);
        payment.PartnerId.ShouldBe(s_partner);
    }

    [Fact]
    public void ReleaseAllocation_Allocated_ReturnsTheAmountToCredit()
    {
        var payment = Paid(50_000);
        payment.AllocateTo(Guid.NewGuid(), s_partner, new Yen(50_000), new Yen(30_000), s_at, "finance");

        payment.ReleaseAllocation(payment.Allocations[0].Id).ShouldBeNull();

        payment.Unallocated.ShouldBe(new Yen(50_000));
        payment.ReleaseAllocation(Guid.NewGuid()).ShouldBe(PaymentRefusal.AllocationNotFound);
    }

    private static Payment Paid(long amount) =>
        Payment.RecordManual(Guid.NewGuid(), s_partner, new DateOnly(2026, 12, 7), new Yen(amount), "ｶ)ﾐﾅﾄｼﾞﾖｳﾎｳｼｽﾃﾑ", null, s_at, "finance").Payment!;

    private static Payment Imported(PaymentMatchState state, Guid? partner) =>
        Payment.Import(Guid.NewGuid(), new BankRecordOrigin("nyukin.txt", 2, "0005-001-1234567-20261207-1-33000"), new DateOnly(2026, 12, 7), new Yen(33_000),
            "ﾔﾏﾀﾞ ﾀﾛｳ", state, ["NameSharedByPartners"], partner, s_at, "finance").Payment!;
}
