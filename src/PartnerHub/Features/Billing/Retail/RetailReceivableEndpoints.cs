using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Features.Billing.Exports;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Retail;

/// <summary>
/// GET /billing/retail-receivables/aging.xlsx?asOf=yyyy-MM-dd&amp;search=…&amp;overdue=true: the partner's AR aging per customer, for the
/// customers the receivables list shows under the same filter, in a file named by the day, the filter and the time taken (its own retail
/// invoices only, the same report and workbook as finance's aging of the vendor's receivables). Partner administrators and staff only:
/// the vendor's users get 403, and the issuer is always the user's own partner, so no parameter reaches another partner's customers.
/// </summary>
public static class RetailReceivableEndpoints
{
    public static IEndpointRouteBuilder MapRetailReceivableEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/billing/retail-receivables/aging.xlsx", async (
                string? asOf, string? search, string? overdue, CurrentUser user, ReceivableAgingQueries queries, RetailReceivableQueries receivables,
                FinanceWorkbooks workbooks, IExcelWriter writer, IStringLocalizer<ExportStrings> strings, IStringLocalizer<RetailReceiptStrings> retail,
                TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (user.Scope.PartnerId == Guid.Empty)
                {
                    return Results.NotFound();
                }

                var day = QueryValue.Date(asOf) ?? JapaneseFormat.TokyoDate(clock.GetUtcNow());
                // The customers the list shows under the same filter (its URL's search and "overdue only"), as of the report's day.
                var filter = new RetailReceivableFilter(QueryValue.Text(search), string.Equals(overdue, "true", StringComparison.OrdinalIgnoreCase));
                var customers = await receivables.MatchingCustomersAsync(filter, day, cancellationToken);
                var aging = await queries.AgingAsync(new ReceivableFilter(IssuerId: user.Scope.PartnerId, Recipients: InvoiceRecipientKind.Customer), day,
                    customers, cancellationToken);
                var name = ExportFileName.For(strings["File_Aging"],
                    [day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), filter.OverdueOnly ? retail["OverdueOnly"].Value : null, filter.Search],
                    clock.GetUtcNow(), "xlsx");
                return DocumentDownload.Excel(stream => writer.Write(stream, workbooks.Aging(aging)), name);
            })
            .RequireAuthorization(policy => policy.RequireRole(BillingPermissions.RetailRoles.Split(',')));
        return endpoints;
    }
}
