using PartnerHub.Features.Billing.Runs;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Billing.Exports;
using PartnerHub.Features.Billing.FinanceHome;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Features.Billing.Retail;
using PartnerHub.Features.Documents.Downloads;

namespace PartnerHub.Features.Billing;

public static class BillingFeature
{
    public static IServiceCollection AddBillingFeature(this IServiceCollection services)
    {
        services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<InvoiceQueries>();
        services.AddScoped<InvoicePrinter>();
        services.AddScoped<CreateInvoiceDraft>();
        services.AddScoped<CreateCreditNote>();
        services.AddScoped<AddInvoiceLine>();
        services.AddScoped<RemoveInvoiceLine>();
        services.AddScoped<IssueInvoice>();
        services.AddScoped<InvoicePdfPrinting>();
        services.AddScoped<PrintInvoicePdf>();
        services.AddScoped<Runs.ContractChargeLines>();
        services.AddScoped<Retail.RetailInvoicingSettings>();
        services.AddScoped<Retail.CreateRetailInvoiceDraft>();
        services.AddScoped<Retail.AddRetailContractCharges>();
        services.AddScoped<Retail.RetailCustomerSearch>();
        services.AddScoped<Retail.RecordCustomerReceipt>();
        services.AddScoped<Retail.RetailReceivableQueries>();
        services.AddScoped<Retail.CustomerStatementQueries>();
        services.AddTransient<Retail.CustomerStatementText>();
        services.AddTransient<Retail.CustomerStatementWorkbook>();
        services.AddSingleton<Retail.CustomerDunningRun>();
        services.AddScoped<Retail.SendCustomerReminder>();
        services.AddScoped<Retail.CustomerOpenInvoices>();
        services.AddScoped<Retail.ReverseCustomerReceipt>();
        services.AddScoped<Retail.ApplyCustomerCredit>();
        services.AddScoped<Retail.WithdrawCustomerCredit>();
        services.AddScoped<Retail.CustomerReceiptQueries>();
        services.AddBillingExports();
        services.AddFinanceHome();
        // After the contracts' demo orders: the demo invoices bill their wholesale fees.
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoInvoices>();
        // Minato invoices its own customers (retail): the vendor's runs and receivables never see these.
        services.AddSingleton<Data.Seeding.IDemoDataContributor, Retail.DemoRetailInvoices>();
        services.AddBillingRuns();
        // After the demo invoices: the demo payments pay them.
        services.AddPaymentsFeature();
        // The dunning job's second round, after the vendor's: partners' reminders to their customers.
        services.AddSingleton<Payments.IDunningRound>(provider => provider.GetRequiredService<Retail.CustomerDunningRun>());
        return services;
    }

    /// <summary>
    /// GET /billing/invoices/{id}/invoice.pdf (wholesale) and /billing/retail-invoices/{id}/invoice.pdf (a partner's to its customers):
    /// the PDF exactly as issued (no re-rendering), through the tenant-scoped query, so a partner never gets another partner's document
    /// or a draft, and the vendor never a partner's retail document.
    /// </summary>
    public static IEndpointRouteBuilder MapBillingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, book) in new[] { (InvoicePaths.Wholesale, InvoiceBook.Wholesale), (InvoicePaths.Retail, InvoiceBook.Retail) })
        {
            endpoints.MapGet($"/{path}/{{id:guid}}/invoice.pdf", async (
                    Guid id, InvoiceQueries queries, IStringLocalizer<BillingStrings> strings, CancellationToken cancellationToken) =>
                {
                    var pdf = await queries.GetPdfAsync(id, book, cancellationToken);
                    return pdf is null ? Results.NotFound() : DocumentDownload.Pdf(pdf.Content, strings["FileName", pdf.Number] + ".pdf");
                })
                .RequireAuthorization(policy => policy.RequireRole((book == InvoiceBook.Retail ? BillingPermissions.RetailRoles : BillingPermissions.ViewRoles).Split(',')));
        }

        endpoints.MapBillingExportEndpoints();
        endpoints.MapRetailReceivableEndpoints();
        endpoints.MapCustomerStatementEndpoints();
        return endpoints;
    }
}
