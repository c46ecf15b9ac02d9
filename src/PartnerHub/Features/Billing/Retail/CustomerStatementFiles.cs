using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Billing.Retail;

/// <summary>
/// The words of a customer statement shared by its page, PDF (<c>CustomerStatementDocument</c>) and workbook: what a row refers to (a
/// document's number, or a receipt's payer, method, what it applied and its reversal).
/// </summary>
public sealed class CustomerStatementText(IStringLocalizer<CustomerStatementStrings> strings, IStringLocalizer<RetailReceiptStrings> receipts)
{
    public string Kind(StatementEntryKind kind) => strings["Kind_" + kind];

    public string Reference(StatementEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Receipt is not { } receipt)
        {
            return entry.Reference;
        }

        return string.Join(" / ", new[]
        {
            receipt.PayerName,
            receipt.Method is { } method ? receipts["Method_" + method].Value : null,
            receipt.Applied != receipt.Amount ? strings["AppliedOf", JapaneseFormat.Yen(receipt.Applied.Amount)].Value : null,
            receipt.ReversedOn is { } reversed ? strings["ReversedOn", JapaneseFormat.Date(reversed, CultureInfo.CurrentUICulture)].Value : null,
        }.Where(p => !string.IsNullOrEmpty(p)));
    }

    /// <summary>The file name of a statement download: 取引明細書_customer_yyyyMMdd-yyyyMMdd.ext.</summary>
    public string FileName(CustomerStatement statement, string extension)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return string.Create(CultureInfo.InvariantCulture,
            $"{strings["File_Statement"]}_{statement.CustomerName}_{statement.From:yyyyMMdd}-{statement.To:yyyyMMdd}.{extension}");
    }
}

/// <summary>The customer statement as a workbook: the rows with their running balance, and a summary sheet with the balances.</summary>
public sealed class CustomerStatementWorkbook(IStringLocalizer<CustomerStatementStrings> strings, CustomerStatementText text)
{
    public ExcelSheet[] Build(CustomerStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var rows = new List<Row> { new(statement.From, strings["OpeningRow"], string.Empty, null, null, null, null, statement.Body.OpeningBalance) };
        rows.AddRange(statement.Entries.Select(e => new Row(e.On, text.Kind(e.Kind), text.Reference(e), e.DueDate,
            e.Receipt is null ? e.Charge : null, e.Receipt?.Amount, e.Receipt is null ? null : e.Applied, e.Balance)));
        var movements = new ExcelExport<Row>()
            .Date(strings["Date"], r => r.On)
            .Text(strings["Kind"], r => r.Kind, width: 14)
            .Text(strings["Reference"], r => r.Reference, width: 40)
            .Date(strings["DueDate"], r => r.Due)
            .Yen(strings["Charge"], r => r.Charge, total: true)
            .Yen(strings["Payment"], r => r.Payment, total: true)
            .Yen(strings["Applied"], r => r.Applied, total: true)
            .Yen(strings["Balance"], r => r.Balance)
            .ToSheet(strings["Sheet_Statement"], rows);
        var body = statement.Body;
        Fact[] facts =
        [
            new(strings["Customer"], statement.CustomerName, null),
            new(strings["Issuer"], statement.Issuer.Name, null),
            new(strings["Period"], $"{JapaneseFormat.ShortDate(statement.From)} – {JapaneseFormat.ShortDate(statement.To)}", null),
            new(strings["Opening"], null, body.OpeningBalance),
            new(strings["Invoiced"], null, body.Invoiced),
            new(strings["Credited"], null, body.Credited),
            new(strings["Received"], null, -body.Received),
            new(strings["Closing"], null, body.ClosingBalance),
            new(strings["Credit"], null, statement.Credit),
        ];
        var summary = new ExcelExport<Fact>()
            .Text(strings["Item"], f => f.Label, width: 24)
            .Text(strings["Value"], f => f.Text, width: 40)
            .Yen(strings["Amount"], f => f.Amount)
            .ToSheet(strings["Sheet_Summary"], facts);
        return [summary, movements];
    }

    private sealed record Row(DateOnly On, string Kind, string Reference, DateOnly? Due, Yen? Charge, Yen? Payment, Yen? Applied, Yen Balance);

    private sealed record Fact(string Label, string? Text, Yen? Amount);
}
