using System.Text;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Logistics.Reports;

/// <summary>
/// The hardware reports as Excel files under /hardware/reports (vendor operations and vendor administrators only; a partner's or
/// the hardware vendor's user gets 403 for every one). Each file holds every row that matches the page's filters (?model=,
/// and ?from=yyyy-MM&amp;to=yyyy-MM for the swap rate).
/// </summary>
public static class HardwareReportEndpoints
{
    public static IEndpointRouteBuilder MapHardwareReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/hardware/reports").RequireAuthorization(policy => policy.RequireRole(HardwareReportPermissions.ViewRoles.Split(',')));

        group.MapGet("/at-customers.xlsx", async (string? model, HardwareReportQueries queries, HardwareReportWorkbooks workbooks, IExcelWriter writer,
                IStringLocalizer<HardwareReportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = HardwareReportFilter.FromUrl(model);
                var sheet = workbooks.AtCustomers(await queries.AtCustomersAsync(filter, cancellationToken));
                return Download(writer, sheet, strings["File_AtCustomers"], [filter.Model], clock);
            });

        group.MapGet("/in-transit.xlsx", async (string? model, HardwareReportQueries queries, HardwareReportWorkbooks workbooks, IExcelWriter writer,
                IStringLocalizer<HardwareReportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = HardwareReportFilter.FromUrl(model);
                var sheet = workbooks.InTransit(await queries.AllInTransitAsync(filter, cancellationToken));
                return Download(writer, sheet, strings["File_InTransit"], [filter.Model], clock);
            });

        group.MapGet("/in-repair.xlsx", async (string? model, HardwareReportQueries queries, HardwareReportWorkbooks workbooks, IExcelWriter writer,
                IStringLocalizer<HardwareReportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = HardwareReportFilter.FromUrl(model);
                var sheet = workbooks.InRepair(await queries.AllInRepairAsync(filter, cancellationToken));
                return Download(writer, sheet, strings["File_InRepair"], [filter.Model], clock);
            });

        group.MapGet("/overdue-returns.xlsx", async (string? model, HardwareReportQueries queries, HardwareReportWorkbooks workbooks, IExcelWriter writer,
                IStringLocalizer<HardwareReportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = HardwareReportFilter.FromUrl(model);
                var sheet = workbooks.OverdueReturns(await queries.AllOverdueReturnsAsync(filter, cancellationToken));
                return Download(writer, sheet, strings["File_OverdueReturns"], [filter.Model], clock);
            });

        group.MapGet("/swap-rate.xlsx", async (string? model, string? from, string? to, HardwareReportQueries queries, HardwareReportWorkbooks workbooks,
                IExcelWriter writer, IStringLocalizer<HardwareReportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var filter = HardwareReportFilter.FromUrl(model);
                if (ReportPeriod.FromUrl(from, to, JapaneseFormat.TokyoDate(clock.GetUtcNow())) is not { } period)
                {
                    return Results.Text(strings["PeriodRefused", ReportPeriod.MaxMonths], "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
                }

                var sheet = workbooks.SwapRates(await queries.SwapRatesAsync(filter, period, cancellationToken));
                return Download(writer, sheet, strings["File_SwapRate"], [period.From.ToString(), period.To.ToString(), filter.Model], clock);
            });
        return endpoints;
    }

    private static IResult Download(IExcelWriter writer, ExcelSheet sheet, string listName, IEnumerable<string?> filters, TimeProvider clock) =>
        DocumentDownload.Excel(stream => writer.Write(stream, sheet), ExportFileName.For(listName, filters, clock.GetUtcNow(), "xlsx"));
}
