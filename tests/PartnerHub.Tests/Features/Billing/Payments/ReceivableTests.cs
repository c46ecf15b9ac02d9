using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing;
using PartnerHub.Features.Billing.Exports;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Payments;

/// <summary>Receipts recorded by hand: partial payments, over-payments kept as credit and allocated later, credit notes, balances.</summary>
public class ReceivableTests(HubAppFactory app)
{
    [Fact]
    public async Task Record_PartialPayment_LeavesTheRestOpen()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var invoice = await data.IssuedInvoiceAsync(partner);

        var result = await data.RecordAsync(partner, 500_000);

        result.PaymentId.ShouldNotBeNull();
        var balance = (await data.BalanceAsync(invoice.Id))!;
        balance.Allocated.ShouldBe(new Yen(500_000));
        balance.Open.ShouldBe(new Yen(invoice.Amount - 500_000));
    }

    [Fact]
    public async Task Record_OverPayment_IsCreditAllocatedLaterToTheNextInvoice()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var first = await data.IssuedInvoiceAsync(partner);
        var paymentId = (await data.RecordAsync(partner, first.Amount + 10_000)).PaymentId!.Value;

        var before = await BalanceOfAsync(data, partner);
        var second = await data.IssuedInvoiceAsync(partner);
        var allocated = await data.AsFinanceAsync(s => s.GetRequiredService<AllocatePayment>().ExecuteAsync(paymentId, second.Id, 10_000, TestContext.Current.CancellationToken));
        var after = await BalanceOfAsync(data, partner);

        before.Credit.ShouldBe(new Yen(10_000));
        before.Open.ShouldBe(Yen.Zero);
        allocated.PaymentId.ShouldBe(paymentId);
        after.Credit.ShouldBe(Yen.Zero);
        after.Open.ShouldBe(new Yen(second.Amount - 10_000));
        after.Invoiced.ShouldBe(new Yen(first.Amount + second.Amount));
        after.Paid.ShouldBe(new Yen(first.Amount + 10_000));
    }

    [Fact]
    public async Task Allocate_MoreThanTheInvoiceHasOpen_IsRefusedAndNothingChanges()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var invoice = await data.IssuedInvoiceAsync(partner);
        var paymentId = (await data.RecordAsync(partner, invoice.Amount * 2, allocate: false)).PaymentId!.Value;

        var result = await data.AsFinanceAsync(s => s.GetRequiredService<AllocatePayment>().ExecuteAsync(paymentId, invoice.Id, invoice.Amount + 1, TestContext.Current.CancellationToken));

        result.Refusal.ShouldBe(PaymentRefusal.ExceedsOpenBalance);
        (await data.PaymentAsync(paymentId))!.Allocations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Balance_CreditNote_ReducesTheOpenAmount()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var invoice = await data.IssuedInvoiceAsync(partner);
        var note = await data.AsFinanceAsync(s => s.GetRequiredService<CreateCreditNote>().ExecuteAsync(invoice.Id, TestContext.Current.CancellationToken));
        (await data.Billing.IssueAsync(note.InvoiceId!.Value)).Number.ShouldNotBeNull();

        var balance = (await data.BalanceAsync(invoice.Id))!;

        balance.Credited.ShouldBe(new Yen(invoice.Amount));
        balance.Open.ShouldBe(Yen.Zero);
    }

    [Fact]
    public async Task Record_ReceivedTomorrow_IsRefused()
    {
        var data = await PaymentTestData.CreateAsync(app);

        var result = await data.RecordAsync(DemoOrganisations.MinatoPartner, 1_000, on: PaymentTestData.Today.AddDays(1));

        result.Problem.ShouldBe(PaymentProblem.ReceivedInFuture);
    }

    [Fact]
    public async Task Balance_OverdueOnTheBusinessCalendar_CountsOpenPastDue()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var invoice = await data.IssuedInvoiceAsync(partner, new DateOnly(2026, 10, 1));

        var balance = await BalanceOfAsync(data, partner);

        balance.Overdue.ShouldBe(new Yen(invoice.Amount));
        (await data.BalanceAsync(invoice.Id))!.DaysOverdue.ShouldBe(PaymentTestData.Today.DayNumber - new DateOnly(2026, 11, 2).DayNumber);
    }

    private static async Task<PartnerBalance> BalanceOfAsync(PaymentTestData data, Guid partner) =>
        (await data.AsFinanceAsync(s => s.GetRequiredService<ReceivableQueries>().BalanceOfAsync(partner, PaymentTestData.Today, TestContext.Current.CancellationToken)))!;

    // A partner of this test's own, so its balance holds only this test's invoices and payments.
    [Fact]
    public async Task Statement_PartialPaymentInTheMonth_ShowsItReceivedAndOnlyTheRestOpen()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var today = PaymentTestData.Today;
        var invoice = await data.IssuedInvoiceAsync(partner, today);
        await data.RecordAsync(partner, 500_000);

        var statement = await data.AsFinanceAsync(s => s.GetRequiredService<StatementQueries>().GetAsync(partner, YearMonth.Of(today), TestContext.Current.CancellationToken));
        var open = await data.AsFinanceAsync(s => s.GetRequiredService<IOpenReceivableSource>().OpenAsync(
            new ReceivableFilter(IssuerId: data.Billing.IssuerId, CounterpartyId: partner), today, TestContext.Current.CancellationToken));
        var openTheDayBefore = await data.AsFinanceAsync(s => s.GetRequiredService<IOpenReceivableSource>().OpenAsync(
            new ReceivableFilter(IssuerId: data.Billing.IssuerId, CounterpartyId: partner), today.AddDays(-1), TestContext.Current.CancellationToken));

        statement.ShouldNotBeNull();
        statement.Invoiced.ShouldBe(new Yen(invoice.Amount));
        statement.Received.ShouldBe(new Yen(500_000));
        statement.ClosingBalance.ShouldBe(statement.OpeningBalance + statement.Invoiced + statement.Credited - statement.Received);
        open.ShouldHaveSingleItem().OpenAmount.ShouldBe(new Yen(invoice.Amount - 500_000));
        openTheDayBefore.ShouldBeEmpty();
    }
}
