using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Accounting;
using PartnerHub.Features.Documents.Excel;

namespace PartnerHub.Features.Logistics.Reports;

/// <summary>The sheets of the hardware reports' Excel files (headers from HardwareReportStrings, unit statuses from LogisticsStrings).</summary>
public sealed class HardwareReportWorkbooks(IStringLocalizer<HardwareReportStrings> strings, IStringLocalizer<LogisticsStrings> logistics)
{
    public ExcelSheet AtCustomers(IEnumerable<AtCustomersRow> rows) =>
        new ExcelExport<AtCustomersRow>()
            .Text(strings["Partner"], r => r.PartnerName, width: 32)
            .Text(strings["Model"], r => r.ModelCode, width: 12)
            .Number(strings["InService"], r => r.InService, total: true)
            .Number(strings["ReportedFaulty"], r => r.ReportedFaulty, total: true)
            .Number(strings["SwappedOut"], r => r.SwappedOut, total: true)
            .Number(strings["AwaitingReturn"], r => r.AwaitingReturn, total: true)
            .Number(strings["Units"], r => r.Total, total: true)
            .ToSheet(strings["Sheet_AtCustomers"], rows);

    public ExcelSheet InTransit(IEnumerable<UnitRow> rows) => Units(rows, strings["Sheet_InTransit"], withTracking: true);

    public ExcelSheet InRepair(IEnumerable<UnitRow> rows) => Units(rows, strings["Sheet_InRepair"], withTracking: false);

    public ExcelSheet OverdueReturns(IEnumerable<OverdueReturnRow> rows) =>
        new ExcelExport<OverdueReturnRow>()
            .Text(strings["Serial"], r => r.SerialNumber, width: 18)
            .Text(strings["Model"], r => r.ModelCode, width: 12)
            .Text(strings["Partner"], r => r.PartnerName, width: 32)
            .Text(strings["Reason"], r => strings["Reason_" + r.Reason], width: 16)
            .Date(strings["Deadline"], r => r.Deadline)
            .Number(strings["DaysOverdue"], r => r.DaysOverdue)
            .ToSheet(strings["Sheet_OverdueReturns"], rows);

    public ExcelSheet SwapRates(IEnumerable<SwapRateRow> rows) =>
        new ExcelExport<SwapRateRow>()
            .Text(strings["Model"], r => r.ModelCode, width: 12)
            .Text(strings["Month"], r => MonthText(r.Month), width: 10)
            .Number(strings["SwapsOpened"], r => r.SwapsOpened, total: true)
            .Number(strings["UnitsAtCustomers"], r => r.UnitsAtCustomers)
            .Percent(strings["SwapRate"], r => r.Rate)
            .ToSheet(strings["Sheet_SwapRate"], rows);

    /// <summary>A month as the reports show it: 2026/09.</summary>
    public static string MonthText(YearMonth month) =>
        month.Year.ToString(CultureInfo.InvariantCulture) + "/" + month.Month.ToString("00", CultureInfo.InvariantCulture);

    private ExcelSheet Units(IEnumerable<UnitRow> rows, string sheetName, bool withTracking)
    {
        var export = new ExcelExport<UnitRow>()
            .Text(strings["Serial"], r => r.SerialNumber, width: 18)
            .Text(strings["Model"], r => r.ModelCode, width: 12)
            .Text(strings["Stage"], r => logistics["Status_" + r.Status], width: 18)
            .Text(strings["Partner"], r => r.PartnerName, width: 32)
            .DateTime(strings["Since"], r => r.Since);
        if (withTracking)
        {
            export.Text(strings["TrackingNumber"], r => r.TrackingNumber, width: 16);
        }

        return export.Text(strings["Note"], r => r.Note, width: 40).ToSheet(sheetName, rows);
    }
}
