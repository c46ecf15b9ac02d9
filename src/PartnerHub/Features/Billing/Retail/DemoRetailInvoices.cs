using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Billing.Retail;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Retail;

/// <summary>
/// Demo retail invoicing, made the way a partner makes it (as the demo Minato administrator, through the use cases): Minato opts in
/// with its registration number, issues one invoice to a customer billing a contract's first-term fee at its retail price, and keeps
/// one draft with a manual line. Where no Chromium is installed the invoice stays a draft and a warning says so.
/// </summary>
public sealed class DemoRetailInvoices(IServiceScopeFactory scopes, HubDbContextOptions contextOptions, TimeProvider clock, ILogger<DemoRetailInvoices> logger)
    : IDemoDataContributor
{
    private const string MinatoAdminLogin = "admin@minato.example";
    private static readonly HashSet<ChargeKey> s_nothingBilled = [];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await ActAsMinatoAdminAsync(services, cancellationToken);

        await using var db = contextOptions.Create(TenantScope.System, clock);
        var minato = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == DemoOrganisations.MinatoPartner, cancellationToken);
        Must(await services.GetRequiredService<RetailInvoicingSettings>().SaveAsync(
            new RetailIssuerDetails(minato.Name, minato.InvoiceRegistrationNumber, PriceBasis.TaxIncluded, RoundingMode.Down, 4, 30), cancellationToken));

        // The first delivered contract whose first term the partner bills its customer for (its billing date: the term's first day).
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.PartnerId == DemoOrganisations.MinatoPartner && c.DeliveryCompletedOn != null && c.Status != ContractStatus.Cancelled)
            .OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var create = services.GetRequiredService<CreateRetailInvoiceDraft>();
        // The first contract whose first-term fee falls due on its term's first day (a plan billed from the application is not).
        var billable = contracts.Select(c => (Contract: c, BilledOn: c.ServiceStartOn ?? c.DeliveryCompletedOn!.Value))
            .FirstOrDefault(x => MonthlyBilling.For(ContractFacts.RetailOf(x.Contract), BillingMonth.Of(x.BilledOn), 30, s_nothingBilled).Charges
                .Any(charge => charge.Key.Charge == ContractCharge.TermFee && charge.BilledOn == x.BilledOn));
        if (billable.Contract is null)
        {
            throw new InvalidOperationException("No Minato contract has a first-term fee to bill its customer for.");
        }

        var issuedDraft = Must(await create.ExecuteAsync(billable.Contract.CustomerId, billable.BilledOn, billable.BilledOn.AddDays(30), cancellationToken));
        Must((await services.GetRequiredService<AddRetailContractCharges>().ExecuteAsync(issuedDraft, cancellationToken)).Result);
        var billedCustomer = billable.Contract.CustomerId;

        var today = Infrastructure.Localization.JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var otherCustomer = await db.Customers.AsNoTracking().Where(c => c.PartnerId == DemoOrganisations.MinatoPartner && c.Id != billedCustomer)
            .OrderBy(c => c.NameKana).Select(c => c.Id).FirstAsync(cancellationToken);
        var setupDraft = Must(await create.ExecuteAsync(otherCustomer, today, today.AddDays(30), cancellationToken));
        Must(await services.GetRequiredService<AddInvoiceLine>().ExecuteAsync(setupDraft,
            new ManualLineInput("ネットワーク監視 導入設定作業", 1, 88_000, TaxCategory.Standard, "お客様拠点での初期設定（作業報告書あり）"), cancellationToken));

        try
        {
            var issued = await services.GetRequiredService<IssueInvoice>().ExecuteAsync(issuedDraft, cancellationToken);
            if (issued.Number is null)
            {
                throw new InvalidOperationException($"Demo retail invoice not issued: {issued.Problem} {string.Join(", ", issued.Defects)}.");
            }
        }
        catch (ChromiumNotFoundException exception)
        {
            logger.LogWarning(exception, "The demo retail invoice stays a draft: Chromium is not installed to print it.");
        }

        // The customer has paid part of it by bank transfer, so the invoice shows a receipt and the receivables list a customer.
        if (await services.GetRequiredService<RetailReceivableQueries>().InvoiceBalanceAsync(issuedDraft, today, cancellationToken) is { } balance)
        {
            var paidOn = billable.BilledOn.AddDays(10) < today ? billable.BilledOn.AddDays(10) : today;
            var receipt = await services.GetRequiredService<RecordCustomerReceipt>().ExecuteAsync(new CustomerReceiptInput(issuedDraft, paidOn,
                balance.Open.Amount / 2, balance.RecipientName, PaymentMethod.BankTransfer, "初回分（残額は翌月払いのご連絡あり）"), cancellationToken);
            if (receipt.PaymentId is null)
            {
                throw new InvalidOperationException($"Demo customer receipt refused: {receipt.Problem} {receipt.Refusal}.");
            }

            // The same transfer was typed in twice and the second one reversed (入金取消), so the invoice shows a reversed receipt.
            var twice = await services.GetRequiredService<RecordCustomerReceipt>().ExecuteAsync(new CustomerReceiptInput(issuedDraft, paidOn,
                balance.Open.Amount / 2, balance.RecipientName, PaymentMethod.BankTransfer, null), cancellationToken);
            var reversed = await services.GetRequiredService<ReverseCustomerReceipt>().ExecuteAsync(twice.PaymentId ?? Guid.Empty,
                "同じ振込を二重に記録したため取消", cancellationToken);
            if (reversed.PaymentId is null)
            {
                throw new InvalidOperationException($"Demo receipt reversal refused: {twice.Problem} {reversed.Problem} {reversed.Refusal}.");
            }
        }
    }

    private Task ActAsMinatoAdminAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoInvoices.ActAsAsync(services, contextOptions, clock, MinatoAdminLogin, DemoOrganisations.MinatoPartner, OrganisationKind.SalesPartner,
            HubRoles.PartnerAdmin, cancellationToken);

    private static void Must(RetailSettingsResult result)
    {
        if (!result.Saved)
        {
            throw new InvalidOperationException($"Demo retail settings refused: {result.Refusal} {result.Problem}.");
        }
    }

    private static Guid Must(DraftChangeResult result) =>
        result.InvoiceId ?? throw new InvalidOperationException($"Demo retail invoice refused: {result.Problem} {result.Refusal}.");
}
