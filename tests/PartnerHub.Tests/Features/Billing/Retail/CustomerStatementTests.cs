using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing;
using PartnerHub.Features.Billing.Retail;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Domain.Partners;
using PartnerHub.Tests.Features.Billing.Exports;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Retail;

/// <summary>
/// A customer's statement (取引明細書) from its partner: the balances carry from the opening to the closing balance over invoices, credit
/// notes and receipts (hand-computed below), and the PDF and workbook hold the same figures.
/// </summary>
public class CustomerStatementTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // The test invoice: 110,000 yen (tax included) dated 2026-11-02, due 2026-12-02 (RetailTestData).
    private static readonly DateOnly s_firstReceipt = new(2026, 11, 20);

    [Fact]
    public async Task Statement_InvoiceReceiptsAndCreditNote_BalancesCarryFromOpeningToClosing()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);
        await ReceiveAsync(retail, invoice, s_firstReceipt, 40_000);
        var today = JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());
        await CreditAsync(retail, invoice, 11_000); // a credit note dated the day it is issued (today, in December 2026 or later)
        await ReceiveAsync(retail, invoice, today, 30_000);

        var october = await StatementAsync(retail, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        var november = await StatementAsync(retail, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        var december = await StatementAsync(retail, new DateOnly(2026, 12, 1), today);

        october.Body.OpeningBalance.ShouldBe(Yen.Zero);
        october.Body.ClosingBalance.ShouldBe(Yen.Zero);
        october.Entries.ShouldBeEmpty();
        // November: 0 + 110,000 invoiced − 40,000 received = 70,000.
        november.Body.OpeningBalance.ShouldBe(Yen.Zero);
        november.Body.Invoiced.ShouldBe(new Yen(110_000));
        november.Body.Credited.ShouldBe(Yen.Zero);
        november.Body.Received.ShouldBe(new Yen(40_000));
        november.Body.ClosingBalance.ShouldBe(new Yen(70_000));
        november.Entries.Select(e => (e.Kind, e.Balance.Amount)).ShouldBe([(StatementEntryKind.Invoice, 110_000L), (StatementEntryKind.Receipt, 70_000L)]);
        november.Issuer.Name.ShouldBe("テスト販売店株式会社");
        november.Issuer.Registration!.Value.ShouldBe(RetailTestData.RegistrationNumber);
        // December to today: 70,000 − 11,000 credited − 30,000 received = 29,000.
        december.Body.OpeningBalance.ShouldBe(new Yen(70_000));
        december.Body.Invoiced.ShouldBe(Yen.Zero);
        december.Body.Credited.ShouldBe(new Yen(-11_000));
        december.Body.Received.ShouldBe(new Yen(30_000));
        december.Body.ClosingBalance.ShouldBe(new Yen(29_000));
        december.Entries.Select(e => (e.Kind, e.Balance.Amount)).ShouldBe([(StatementEntryKind.CreditNote, 59_000L), (StatementEntryKind.Receipt, 29_000L)]);
        december.Credit.ShouldBe(Yen.Zero);
    }

    [Fact]
    public async Task Statement_OverPayment_ClosesAtZeroAndShowsTheCustomersCredit()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);
        await ReceiveAsync(retail, invoice, s_firstReceipt, 130_000);

        var november = await StatementAsync(retail, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        // 0 + 110,000 − 110,000 applied = 0; the other 20,000 is the customer's credit.
        november.Body.Received.ShouldBe(new Yen(110_000));
        november.Body.ClosingBalance.ShouldBe(Yen.Zero);
        november.Credit.ShouldBe(new Yen(20_000));
        var receipt = november.Entries[^1].Receipt.ShouldNotBeNull();
        receipt.Amount.ShouldBe(new Yen(130_000));
        receipt.Applied.ShouldBe(new Yen(110_000));
        receipt.Method.ShouldBe(PaymentMethod.BankTransfer);
    }

    [Fact]
    public async Task Downloads_AsThePartnersStaff_HoldTheStatementsFigures()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);
        await ReceiveAsync(retail, invoice, s_firstReceipt, 40_000);
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, retail.PartnerId);
        var client = await HubSession.SignInAsync(app, email);
        string path = $"/billing/retail-receivables/customers/{retail.CustomerId}/statement";

        var sheets = await ExportFiles.WorkbookAsync(client, path + ".xlsx?from=2026-11-01&to=2026-11-30");
        var pdf = await client.GetAsync(new Uri(path + ".pdf?from=2026-11-01&to=2026-11-30", UriKind.Relative), Token);

        var rows = ExportFiles.DataRows(sheets[1]);
        rows.Count.ShouldBe(3); // opening, invoice, receipt
        int balance = ExportFiles.Column(sheets[1], "残高");
        ExportFiles.Amount(rows[0], balance).ShouldBe(0);
        ExportFiles.Amount(rows[1], balance).ShouldBe(110_000);
        ExportFiles.Amount(rows[2], balance).ShouldBe(70_000);
        ExportFiles.Amount(rows[2], ExportFiles.Column(sheets[1], "充当額")).ShouldBe(40_000);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync(Token));
        text.ShouldContain("取引明細書");
        text.ShouldContain("テスト販売店株式会社");
        text.ShouldContain(RetailTestData.RegistrationNumber);
        text.ShouldContain("70,000");
    }

    [Fact]
    public async Task Downloads_PeriodEndingBeforeItStarts_AreRefusedWithAMessage()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerAdmin, retail.PartnerId);
        var client = await HubSession.SignInAsync(app, email);

        var response = await client.GetAsync(new Uri($"/billing/retail-receivables/customers/{retail.CustomerId}/statement.xlsx?from=2026-12-01&to=2026-11-01",
            UriKind.Relative), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Token)).ShouldContain("期間が正しくありません");
    }

    internal static async Task ReceiveAsync(RetailTestData retail, Guid invoice, DateOnly on, long amount)
    {
        await using var scope = retail.AsStaff();
        (await scope.ServiceProvider.GetRequiredService<RecordCustomerReceipt>().ExecuteAsync(
            new CustomerReceiptInput(invoice, on, amount, "株式会社テスト", PaymentMethod.BankTransfer, null), Token)).PaymentId.ShouldNotBeNull();
    }

    private static async Task CreditAsync(RetailTestData retail, Guid invoice, long amount)
    {
        await using var scope = retail.AsStaff();
        var services = scope.ServiceProvider;
        var note = (await services.GetRequiredService<CreateCreditNote>().ExecuteAsync(invoice, Token)).InvoiceId.ShouldNotBeNull();
        foreach (var item in (await services.GetRequiredService<InvoiceQueries>().GetAsync(note, Token))!.Invoice.Items)
        {
            (await services.GetRequiredService<RemoveInvoiceLine>().ExecuteAsync(note, item.Id, Token)).Problem.ShouldBeNull();
        }

        (await services.GetRequiredService<AddInvoiceLine>().ExecuteAsync(note,
            new ManualLineInput("作業時間の訂正", 1, amount, TaxCategory.Standard, "作業報告書 R-7 の訂正"), Token)).Problem.ShouldBeNull();
        (await services.GetRequiredService<IssueInvoice>().ExecuteAsync(note, Token)).Number.ShouldNotBeNull();
    }

    private static async Task<CustomerStatement> StatementAsync(RetailTestData retail, DateOnly from, DateOnly to)
    {
        await using var scope = retail.AsStaff();
        return (await scope.ServiceProvider.GetRequiredService<CustomerStatementQueries>().GetAsync(retail.CustomerId, from, to, Token)).ShouldNotBeNull();
    }
}
