using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Billing.Runs;
using PartnerHub.Features.Contracts;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Features.Logistics;
using PartnerHub.Features.Quotes;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>
/// 002 §13-4 in the demo: Sakura orders the UTM plan for a chamber member (quote and order as its staff), vendor operations arrange
/// the kitting, and finance bills the first term on the day the contract forms (002 §13-3-①) — left unpaid, so the kitting task shows
/// "awaiting payment" and cannot ship. After the demo payments, which would otherwise pay it. A contract formed in March owes nothing
/// for its first term (nothing to wait for); where no Chromium is installed the invoice is not issued and nothing waits either.
/// </summary>
public sealed class DemoAwaitingPayment(IServiceScopeFactory scopes, HubDbContextOptions contextOptions, IOptions<BillingOptions> billing,
    IBusinessCalendarSource calendars, TimeProvider clock, ILogger<DemoAwaitingPayment> logger) : IDemoDataContributor
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var contractId = await OrderAsync(cancellationToken);
        await using (var scope = scopes.CreateAsyncScope())
        {
            await DemoInvoices.ActAsAsync(scope.ServiceProvider, contextOptions, clock, "ops@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor, HubRoles.VendorOperations, cancellationToken);
            if (await scope.ServiceProvider.GetRequiredService<ArrangeKitting>().ExecuteAsync(contractId, DemoOrganisations.TohoHardwareVendor, cancellationToken) is { } problem)
            {
                throw new InvalidOperationException($"Demo 002 kitting refused: {problem}.");
            }
        }

        await using var billingScope = scopes.CreateAsyncScope();
        await DemoInvoices.ActAsFinanceAsync(billingScope.ServiceProvider, contextOptions, clock, cancellationToken);
        var services = billingScope.ServiceProvider;
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId, cancellationToken);
        var firstTerm = MonthlyBilling.For(ContractFacts.Of(contract), BillingMonth.Of(contract.OrderedOn), billing.Value.PaymentTermDays, new HashSet<ChargeKey>(),
                await calendars.CurrentAsync(cancellationToken))
            .Charges.FirstOrDefault(c => c.Key is { Term: 1, Charge: ContractCharge.TermFee } && c.Amount.Amount > 0);
        if (firstTerm is null)
        {
            logger.LogInformation("Demo 002 contract {Number} owes nothing for its first term: its kitting does not wait for payment.", contract.Number);
            return;
        }

        var draft = await services.GetRequiredService<CreateInvoiceDraft>().ExecuteAsync(contract.PartnerId, firstTerm.BilledOn, firstTerm.DueOn, cancellationToken);
        var invoice = await db.Invoices.SingleAsync(i => i.Id == draft.InvoiceId, cancellationToken);
        if (invoice.AddLine(services.GetRequiredService<ContractChargeLines>().LineOf(firstTerm), firstTerm.Key.ToSource()) is { } refusal)
        {
            throw new InvalidOperationException($"Demo 002 first-term line refused: {refusal}.");
        }

        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var issued = await services.GetRequiredService<IssueInvoice>().ExecuteAsync(invoice.Id, cancellationToken);
            if (issued.Number is null)
            {
                throw new InvalidOperationException($"Demo 002 first invoice not issued: {issued.Problem} {string.Join(", ", issued.Defects)}.");
            }
        }
        catch (ChromiumNotFoundException exception)
        {
            logger.LogWarning(exception, "The demo 002 first invoice stays a draft: Chromium is not installed to print it.");
        }
    }

    // The chamber member's UTM order, quoted and placed by Sakura's staff.
    private async Task<Guid> OrderAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await DemoInvoices.ActAsAsync(scope.ServiceProvider, contextOptions, clock, "staff@sakura.example", DemoOrganisations.SakuraPartner, OrganisationKind.SalesPartner, HubRoles.PartnerStaff, cancellationToken);
        Guid customerId;
        await using (var db = contextOptions.Create(TenantScope.System, clock))
        {
            customerId = (await db.Customers.AsNoTracking().Where(c => c.PartnerId == DemoOrganisations.SakuraPartner && c.Segment == CustomerSegment.ChamberMember)
                .OrderBy(c => c.NameKana).ToListAsync(cancellationToken)).Last().Id;
        }

        var quote = await scope.ServiceProvider.GetRequiredService<IssueQuote>()
            .ExecuteAsync(new QuoteRequest { CustomerId = customerId, PlanCode = ServicePlan.ChamberUtm.Code, Endpoints = 40, BandwidthMbps = 100 }, cancellationToken);
        var order = await scope.ServiceProvider.GetRequiredService<PlaceOrder>().ExecuteAsync(
            quote.QuoteId ?? throw new InvalidOperationException($"Demo 002 quote refused: {quote.Problem} {quote.PriceFailure}."), cancellationToken);
        return order.ContractId ?? throw new InvalidOperationException($"Demo 002 order refused: {order.Problem}.");
    }
}
