using System.Text;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.Downloads;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Logistics.Reports;

/// <summary>
/// The hardware reports as Excel files under /hardware/reports (vendor operations and vendor administrators only; a partner's or
/// the hardware vendor's user gets 403 for every one). Each file holds every row that matches the page's filters (?model=,
/// and ?from=yyyy-MM&amp;to=yyyy-MM for the swap rate); the unit lists are read row by row while the file is written.
/// </summary>
public static class HardwareReportEndpoints
{
    public static IEndpointRouteBuilder MapHardwareReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/hardware/reports").RequireAuthorization(policy => policy.RequireRole(HardwareReportPermissions.ViewRoles.Split(',')));

        MapReport(group, "/at-customers.xlsx", "File_AtCustomers", async (queries, workbooks, filter, ct) => workbooks.AtCustomers(await queries.AtCustomersAsync(filter, ct)));
        MapReport(group, "/in-transit.xlsx", "File_InTransit", (queries, workbooks, filter, _) => Task.FromResult(workbooks.InTransit(queries.StreamInTransit(filter))));
        MapReport(group, "/in-repair.xlsx", "File_InRepair", (queries, workbooks, filter, _) => Task.FromResult(workbooks.InRepair(queries.StreamInRepair(filter))));
        MapReport(group, "/overdue-returns.xlsx", "File_OverdueReturns",
            (queries, workbooks, filter, _) => Task.FromResult(workbooks.OverdueReturns(queries.StreamOverdueReturns(filter))));

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

    // A report filtered by model only, named after the report and the model.
    private static void MapReport(
        RouteGroupBuilder group, string path, string fileKey, Func<HardwareReportQueries, HardwareReportWorkbooks, HardwareReportFilter, CancellationToken, Task<ExcelSheet>> build) =>
        group.MapGet(path, async (string? model, HardwareReportQueries queries, HardwareReportWorkbooks workbooks, IExcelWriter writer,
            IStringLocalizer<HardwareReportStrings> strings, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var filter = HardwareReportFilter.FromUrl(model);
            var sheet = await build(queries, workbooks, filter, cancellationToken);
            return Download(writer, sheet, strings[fileKey], [filter.Model], clock);
        });

    private static IResult Download(IExcelWriter writer, ExcelSheet sheet, string listName, IEnumerable<string?> filters, TimeProvider clock) =>
        DocumentDownload.Excel(stream => writer.Write(stream, sheet), ExportFileName.For(listName, filters, clock.GetUtcNow(), "xlsx"));
}
