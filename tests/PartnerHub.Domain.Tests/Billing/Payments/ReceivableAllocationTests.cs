using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing.Payments;

public class ReceivableAllocationTests
{
    [Fact]
    public void OpenBalance_PartPaidAndCredited_IsTotalLessBoth()
    {
        // 110,000 invoiced, 50,000 paid, an outage credit note of −13,200 (004 §7-2).
        ReceivableAllocation.OpenBalance(new Yen(110_000), new Yen(50_000), new Yen(-13_200)).ShouldBe(new Yen(46_800));
    }

    [Fact]
    public void OpenBalance_CreditNoteLargerThanTheRest_IsZeroNotNegative()
    {
        ReceivableAllocation.OpenBalance(new Yen(110_000), new Yen(100_000), new Yen(-13_200)).ShouldBe(Yen.Zero);
    }

    [Fact]
    public void OldestFirst_PartialPayment_FillsTheEarliestDueFirst()
    {
        var older = new OpenInvoice(Guid.NewGuid(), new DateOnly(2026, 10, 31), new Yen(110_000));
        var newer = new OpenInvoice(Guid.NewGuid(), new DateOnly(2026, 11, 30), new Yen(55_000));

        var plan = ReceivableAllocation.OldestFirst(new Yen(130_000), [newer, older]);

        plan.Allocations.ShouldBe([new PlannedAllocation(older.InvoiceId, new Yen(110_000)), new PlannedAllocation(newer.InvoiceId, new Yen(20_000))]);
        plan.Remainder.ShouldBe(Yen.Zero);
    }

    [Fact]
    public void OldestFirst_OverPayment_KeepsTheExcessAsRemainder()
    {
        var invoice = new OpenInvoice(Guid.NewGuid(), new DateOnly(2026, 11, 30), new Yen(330_000));

        var plan = ReceivableAllocation.OldestFirst(new Yen(340_000), [invoice]);

        plan.Allocations.ShouldBe([new PlannedAllocation(invoice.InvoiceId, new Yen(330_000))]);
        plan.Remainder.ShouldBe(new Yen(10_000));
    }

    [Fact]
    public void OldestFirst_SettledInvoices_AreSkipped()
    {
        var settled = new OpenInvoice(Guid.NewGuid(), new DateOnly(2026, 9, 30), Yen.Zero);
        var open = new OpenInvoice(Guid.NewGuid(), new DateOnly(2026, 10, 31), new Yen(22_000));

        var plan = ReceivableAllocation.OldestFirst(new Yen(22_000), [settled, open]);

        plan.Allocations.Single().InvoiceId.ShouldBe(open.InvoiceId);
        plan.Remainder.ShouldBe(Yen.Zero);
    }

    [Fact]
    public void OldestFirst_NoOpenInvoice_AllIsRemainder()
    {
        var plan = ReceivableAllocation.OldestFirst(new Yen(5_000), []);

        plan.Allocations.ShouldBeEmpty();
        plan.Remainder.ShouldBe(new Yen(5_000));
    }
}
