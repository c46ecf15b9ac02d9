using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.CustomerData;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Resources;

namespace PartnerHub.Features.Customers;

public static class CustomerEndpoints
{
    /// <summary>GET /customers/export.xlsx?search=&amp;segment=&amp;prefecture=: the customer list as Excel, same filters as the page.</summary>
    public static IEndpointRouteBuilder MapCustomerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/customers/export.xlsx", (
                string? search,
                string? segment,
                string? prefecture,
                CustomerQueries queries,
                IExcelWriter writer,
                IStringLocalizer<CustomersPage> strings,
                IStringLocalizer<CustomerDetailPage> detail,
                IStringLocalizer<SharedStrings> shared,
                TimeProvider clock) =>
            {
                // Tenant filters decide the rows: a partner's export can only ever hold its own customers.
                var filter = CustomerListFilter.FromUrl(search, segment, prefecture);
                var rows = queries.StreamForExport(new CustomerListQuery(filter.Search, filter.Segment, filter.Prefecture));
                var sheet = ExportLayout(strings, detail, shared).ToSheet(strings["Title"], rows);
                string fileName = ExportFileName.For(strings["Title"],
                    [filter.Segment is { } s ? shared["Segment_" + s].Value : null, filter.Prefecture, filter.Search], clock.GetUtcNow(), "xlsx");
                return DocumentDownload.Excel(stream => writer.Write(stream, sheet), fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(CustomersPermissions.ViewRoles.Split(',')));

        // Everything the hub stores about one customer, before it is erased after the service's end (001 §16).
        endpoints.MapGet("/customers/{id:guid}/data-export.zip", async (
                Guid id,
                IDbContextFactory<Data.HubDbContext> contexts,
                IEnumerable<ICustomerDataExporter> exporters,
                IExcelWriter writer,
                IStringLocalizer<CustomerDataStrings> strings,
                TimeProvider clock,
                CancellationToken cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var customer = await db.Customers.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Name }).FirstOrDefaultAsync(cancellationToken);
                if (customer is null)
                {
                    return Results.NotFound();
                }

                var package = new CustomerDataPackage();
                foreach (var exporter in exporters)
                {
                    await exporter.AddToAsync(db, id, package, cancellationToken);
                }

                string fileName = ExportFileName.For(strings["FileName", customer.Name], [], clock.GetUtcNow(), "zip");
                string workbook = DocumentDownload.SafeFileName(strings["Workbook", customer.Name]);
                return DocumentDownload.Zip(stream => package.WriteZip(stream, writer, workbook), fileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(CustomersPermissions.DataExportRoles.Split(',')));
        return endpoints;
    }

    /// <summary>The customer list export's columns (bench/PartnerHub.ScaleBenchmarks times the export with the same layout).</summary>
    public static ExcelExport<CustomerExportRow> ExportLayout(
        IStringLocalizer<CustomersPage> strings, IStringLocalizer<CustomerDetailPage> detail, IStringLocalizer<SharedStrings> shared)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(shared);
        return new ExcelExport<CustomerExportRow>()
            .Text(strings["Name"], r => r.Name, width: 32)
            .Text(strings["NameKana"], r => r.NameKana, width: 28)
            .Text(detail["CorporateNumber"], r => r.CorporateNumber, width: 16)
            .Text(detail["PostalCode"], r => r.PostalCode, width: 10)
            .Text(strings["Prefecture"], r => r.Prefecture, width: 10)
            .Text(detail["AddressAfterPrefecture"], r => r.Address, width: 30)
            .Text(detail["Phone"], r => r.Phone, width: 15)
            .Text(detail["Industry"], r => r.Industry, width: 16)
            .Text(strings["Segment"], r => shared["Segment_" + r.Segment], width: 14)
            .Text(strings["ServiceContact"], r => r.ContactName, width: 16)
            .Text(detail["Email"], r => r.ContactEmail, width: 28)
            .Text(detail["Phone"], r => r.ContactPhone, width: 15)
            .Text(strings["Partner"], r => r.PartnerName, width: 32);
    }
}
