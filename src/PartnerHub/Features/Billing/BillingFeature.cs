using PartnerHub.Features.Billing.Runs;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Billing.Exports;
using PartnerHub.Features.Billing.FinanceHome;
using PartnerHub.Features.Billing.Payments;
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
        services.AddBillingExports();
        services.AddFinanceHome();
        // After the contracts' demo orders: the demo invoices bill their wholesale fees.
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoInvoices>();
        services.AddBillingRuns();
        // After the demo invoices: the demo payments pay them.
        services.AddPaymentsFeature();
        return services;
    }

    /// <summary>
    /// GET /billing/invoices/{id}/invoice.pdf: the PDF exactly as issued (no re-rendering), through the tenant-scoped query, so a
    /// partner never gets another partner's document or a draft.
    /// </summary>
    public static IEndpointRouteBuilder MapBillingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/billing/invoices/{id:guid}/invoice.pdf", async (
                Guid id, InvoiceQueries queries, IStringLocalizer<BillingStrings> strings, CancellationToken cancellationToken) =>
            {
                var pdf = await queries.GetPdfAsync(id, cancellationToken);
                return pdf is null ? Results.NotFound() : DocumentDownload.Pdf(pdf.Content, strings["FileName", pdf.Number] + ".pdf");
            })
            .RequireAuthorization(policy => policy.RequireRole(BillingPermissions.ViewRoles.Split(',')));
        endpoints.MapBillingExportEndpoints();
        return endpoints;
    }
}
