using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Payments;

/// <summary>002 §13-4: hardware ships only after the first invoice is paid; Logistics asks Billing through <see cref="IContractPaymentStatus"/>.</summary>
public class ShippingWaitsForPaymentTests(HubAppFactory app)
{
    [Fact]
    [Trait("Article", "002 §13-4")]
    public async Task Ship_FirstInvoiceUnpaid_IsRefusedUntilPaid()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var contractId = await OrderedContractAsync(ServicePlan.ChamberUtm.Code);
        await using (var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            (await scope.ServiceProvider.GetRequiredService<ArrangeKitting>().ExecuteAsync(contractId, DemoOrganisations.TohoHardwareVendor, TestContext.Current.CancellationToken))
                .ShouldBeNull();
        }

        var taskId = await KittedTaskAsync(contractId);
        var beforeInvoice = await AwaitingAsync(taskId);
        var invoice = await FirstInvoiceAsync(data, contractId);
        var unpaid = await AwaitingAsync(taskId);
        var refused = await ShipAsync(taskId);
        await data.PayByHandAsync(DemoOrganisations.MinatoPartner, invoice);
        var paid = await AwaitingAsync(taskId);
        var shipped = await ShipAsync(taskId);

        beforeInvoice.ShouldBeFalse();
        unpaid.ShouldBeTrue();
        refused.ShouldBe(LogisticsProblem.AwaitingPayment);
        paid.ShouldBeFalse();
        shipped.ShouldBeNull();
    }

    [Fact]
    public async Task AwaitingPayment_PlanUnder004_NeverWaits()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var contractId = await OrderedContractAsync(ServicePlan.SensorService.Code);
        await FirstInvoiceAsync(data, contractId);

        var waiting = await app.Services.GetRequiredService<IContractPaymentStatus>().AwaitingPaymentAsync([contractId], TestContext.Current.CancellationToken);

        waiting.ShouldBeEmpty();
    }

    private async Task<(Guid Id, long Amount)> FirstInvoiceAsync(PaymentTestData data, Guid contractId)
    {
        long amount = PaymentTestData.UniqueAmount();
        var draft = await data.AsFinanceAsync(s => s.GetRequiredService<PartnerHub.Features.Billing.CreateInvoiceDraft>()
            .ExecuteAsync(DemoOrganisations.MinatoPartner, PaymentTestData.Today, PaymentTestData.Today.AddDays(30), TestContext.Current.CancellationToken));
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var invoice = await db.Invoices.SingleAsync(i => i.Id == draft.InvoiceId, TestContext.Current.CancellationToken);
            invoice.AddLine(InvoiceLine.Charge("UTM監視サービス 初年度利用料", 1, new Yen(amount), TaxCategory.Standard), InvoiceLineSource.ContractTerm(contractId, 1))
                .ShouldBeNull();
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        (await data.Billing.IssueAsync(draft.InvoiceId!.Value)).Number.ShouldNotBeNull();
        return (draft.InvoiceId!.Value, amount);
    }

    private async Task<bool> AwaitingAsync(Guid taskId)
    {
        await using var scope = app.ScopeFor(TestScopes.HardwareVendor, HubRoles.HardwareVendor);
        return (await scope.ServiceProvider.GetRequiredService<KittingQueries>().GetAsync(taskId, TestContext.Current.CancellationToken))!.AwaitingPayment;
    }

    private async Task<LogisticsProblem?> ShipAsync(Guid taskId)
    {
        await using var scope = app.ScopeFor(TestScopes.HardwareVendor, HubRoles.HardwareVendor);
        var today = PaymentTestData.Today;
        return await scope.ServiceProvider.GetRequiredService<KittingWork>().ShipAsync(taskId, Carrier.Yamato, "123456789013", today, today.AddDays(2), TestContext.Current.CancellationToken);
    }

    private async Task<Guid> KittedTaskAsync(Guid contractId)
    {
        Guid taskId;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            taskId = await db.KittingTasks.Where(t => t.ContractId == contractId).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = app.ScopeFor(TestScopes.HardwareVendor, HubRoles.HardwareVendor);
        var work = scope.ServiceProvider.GetRequiredService<KittingWork>();
        foreach (var item in KittingTask.ChecklistItems)
        {
            (await work.SetChecklistItemAsync(taskId, item, true, TestContext.Current.CancellationToken)).ShouldBeNull();
        }

        return taskId;
    }

    private async Task<Guid> OrderedContractAsync(string planCode)
    {
        Guid customerId;
        await using (var db = app.CreateContext(TestScopes.MinatoStaff))
        {
            customerId = await db.Customers.OrderBy(c => c.NameKana).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var quote = await scope.ServiceProvider.GetRequiredService<IssueQuote>()
            .ExecuteAsync(new QuoteRequest { CustomerId = customerId, PlanCode = planCode, Endpoints = 20, BandwidthMbps = 100 }, TestContext.Current.CancellationToken);
        var order = await scope.ServiceProvider.GetRequiredService<PlaceOrder>().ExecuteAsync(quote.QuoteId.ShouldNotBeNull(), TestContext.Current.CancellationToken);
        return order.ContractId.ShouldNotBeNull();
    }
}
