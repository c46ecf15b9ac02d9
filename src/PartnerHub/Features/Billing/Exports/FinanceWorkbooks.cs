using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Accounting;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Accounting;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>The sheets of the finance exports (headers from ExportStrings, statuses and kinds from BillingStrings).</summary>
public sealed class FinanceWorkbooks(IStringLocalizer<ExportStrings> strings, IStringLocalizer<BillingStrings> billing)
{
    public ExcelSheet Register(IEnumerable<RegisterRow> rows) =>
        new ExcelExport<RegisterRow>()
            .Text(strings["Issuer"], r => r.IssuerName, width: 28)
            .Text(strings["Counterparty"], r => r.Counterparty, width: 30)
            .Text(strings["Number"], r => r.Number, width: 18)
            .Text(strings["Kind"], r => billing["Kind_" + r.Kind], width: 14)
            .Date(strings["TransactionDate"], r => r.TransactionDate)
            .Date(strings["DueDate"], r => r.DueDate)
            .Yen(strings["StandardNet"], r => r.StandardNet, total: true)
            .Yen(strings["StandardTax"], r => r.StandardTax, total: true)
            .Yen(strings["ReducedNet"], r => r.ReducedNet, total: true)
            .Yen(strings["ReducedTax"], r => r.ReducedTax, total: true)
            .Yen(strings["ExemptNet"], r => r.ExemptNet, total: true)
            .Yen(strings["TaxExcludedTotal"], r => r.TaxExcludedTotal, total: true)
            .Yen(strings["TaxTotal"], r => r.TaxTotal, total: true)
            .Yen(strings["GrandTotal"], r => r.GrandTotal, total: true)
            .Text(strings["Status"], r => billing["Status_" + r.Status], width: 12)
            .Text(strings["References"], r => r.References, width: 24)
            .ToSheet(strings["Sheet_Register"], rows);

    /// <summary>The register as CSV: the same columns, amounts as plain integers, dates yyyy/MM/dd.</summary>
    public CsvWriteResult RegisterCsv(IEnumerable<RegisterRow> rows, Stream output, CsvEncoding encoding)
    {
        string[] headers =
        [
            "Issuer", "Counterparty", "Number", "Kind", "TransactionDate", "DueDate", "StandardNet", "StandardTax", "ReducedNet", "ReducedTax",
            "ExemptNet", "TaxExcludedTotal", "TaxTotal", "GrandTotal", "Status", "References",
        ];
        var columns = headers.Select(h => new CsvColumn(strings[h])).ToList();
        return AccountingCsv.Write(columns, writeHeader: true, rows.Select(r => new[]
        {
            r.IssuerName, r.Counterparty, r.Number, billing["Kind_" + r.Kind].Value, AccountingCsv.DateCell(r.TransactionDate), AccountingCsv.DateCell(r.DueDate),
            AccountingCsv.AmountCell(r.StandardNet), AccountingCsv.AmountCell(r.StandardTax), AccountingCsv.AmountCell(r.ReducedNet), AccountingCsv.AmountCell(r.ReducedTax), AccountingCsv.AmountCell(r.ExemptNet), AccountingCsv.AmountCell(r.TaxExcludedTotal), AccountingCsv.AmountCell(r.TaxTotal),
            AccountingCsv.AmountCell(r.GrandTotal), billing["Status_" + r.Status].Value, r.References,
        }), output, encoding);
    }

    public ExcelSheet[] Aging(AgingSheet aging)
    {
        ArgumentNullException.ThrowIfNull(aging);
        var summary = new ExcelExport<AgingSheetRow>()
            .Text(strings["Counterparty"], r => r.Counterparty, width: 32)
            .Yen(strings["Bucket_Current"], r => r.Amounts.Current, total: true)
            .Yen(strings["Bucket_PastDue1To30"], r => r.Amounts.PastDue1To30, total: true)
            .Yen(strings["Bucket_PastDue31To60"], r => r.Amounts.PastDue31To60, total: true)
            .Yen(strings["Bucket_PastDue61To90"], r => r.Amounts.PastDue61To90, total: true)
            .Yen(strings["Bucket_PastDueOver90"], r => r.Amounts.PastDueOver90, total: true)
            .Yen(strings["OpenTotal"], r => r.Amounts.Total, total: true)
            .ToSheet(strings["Sheet_Aging"], aging.Rows);
        var details = new ExcelExport<AgingDetail>()
            .Text(strings["Counterparty"], r => r.Counterparty, width: 32)
            .Text(strings["Number"], r => r.Number, width: 18)
            .Date(strings["DueDate"], r => r.DueDate)
            .Number(strings["DaysPastDue"], r => r.DaysPastDue)
            .Text(strings["Bucket"], r => strings["Bucket_" + r.Bucket], width: 14)
            .Yen(strings["OpenAmount"], r => r.OpenAmount, total: true)
            .ToSheet(strings["Sheet_AgingDetails"], aging.Details);
        return [summary, details];
    }

    public ExcelSheet[] DeferredRevenue(DeferredRevenueSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var perContract = new ExcelExport<DeferredRevenueRow>()
            .Text(strings["Contract"], r => r.Source.Right.ContractKey, width: 18)
            .Text(strings["Counterparty"], r => r.Source.Counterparty, width: 30)
            .Text(strings["Number"], r => r.Source.DocumentNumber, width: 18)
            .Number(strings["Term"], r => r.Source.Term)
            .Date(strings["TermStart"], r => r.Source.Right.TermStart)
            .Date(strings["TermEnd"], r => r.Source.Right.TermEnd)
            .Yen(strings["RightAmount"], r => r.Source.Right.Amount, total: true)
            .Yen(strings["RecognisedBefore"], r => r.Before, total: true);
        foreach (var month in sheet.Months)
        {
            perContract.Yen(MonthHeader(month), r => r.In(month), total: true);
        }

        perContract.Yen(strings["RecognisedInPeriod"], r => r.InPeriod, total: true)
            .Yen(strings["DeferredAfter"], r => r.DeferredAfter, total: true);
        var totals = new ExcelExport<MonthlyTotal>()
            .Text(strings["Month"], t => MonthHeader(t.Month), width: 12)
            .Yen(strings["Recognised"], t => t.Amount, total: true)
            .Yen(strings["DeferredAfter"], t => sheet.Report.DeferredAfter(t.Month));
        return [perContract.ToSheet(strings["Sheet_DeferredByContract"], sheet.Rows), totals.ToSheet(strings["Sheet_DeferredByMonth"], sheet.Report.Totals)];
    }

    private static string MonthHeader(YearMonth month) => month.Year.ToString(CultureInfo.InvariantCulture) + "/" + month.Month.ToString("00", CultureInfo.InvariantCulture);
}
