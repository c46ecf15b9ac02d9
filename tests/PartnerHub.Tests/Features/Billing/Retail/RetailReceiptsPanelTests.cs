using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Retail;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Retail;

/// <summary>The receipts panel of a retail invoice, rendered with the real queries and use case as the partner's staff.</summary>
public class RetailReceiptsPanelTests : MudTestContext
{
    private readonly HubAppFactory _app;

    public RetailReceiptsPanelTests(HubAppFactory app)
    {
        _app = app;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    public async Task Render_PartlyPaidInvoice_ShowsStatusOutstandingAndTheReceipt()
    {
        var retail = await RetailTestData.NewPartnerAsync(_app);
        var invoice = await retail.IssuedAsync(110_000);
        await using var scope = retail.AsStaff();
        (await scope.ServiceProvider.GetRequiredService<RecordCustomerReceipt>().ExecuteAsync(
            new CustomerReceiptInput(invoice, new DateOnly(2026, 11, 20), 30_000, "株式会社テスト", PaymentMethod.Cash, "窓口で受領"),
            Xunit.TestContext.Current.CancellationToken)).PaymentId.ShouldNotBeNull();

        var panel = RenderPanel(scope, invoice);

        panel.WaitForAssertion(() => panel.Find("[data-testid=retail-outstanding]").TextContent.ShouldContain("80,000"), TimeSpan.FromSeconds(10));
        // Partly paid, and overdue once its due date (2026-12-02) has passed on the business calendar.
        panel.Find("[data-testid=retail-payment-status]").TextContent.ShouldMatch("^(一部入金|期限超過（[0-9]+日）)$");
        var receipts = panel.Find("[data-testid=retail-receipts]").TextContent;
        receipts.ShouldContain("現金");
        receipts.ShouldContain("窓口で受領");
        receipts.ShouldContain("30,000");
        // The next receipt starts from what is still owed.
        panel.Find("input[data-testid=receipt-amount]").GetAttribute("value").ShouldBe("80000");
    }

    [Fact]
    public async Task Record_NoMethodChosen_ShowsAJapaneseErrorAndStoresNothing()
    {
        var retail = await RetailTestData.NewPartnerAsync(_app);
        var invoice = await retail.IssuedAsync(110_000);
        await using var scope = retail.AsStaff();
        var panel = RenderPanel(scope, invoice);
        panel.WaitForAssertion(() => panel.Find("[data-testid=retail-payment-status]").TextContent.ShouldNotBeEmpty(), TimeSpan.FromSeconds(10));

        await panel.InvokeAsync(() => panel.Find("button[data-testid=receipt-record]").Click());

        panel.WaitForAssertion(() => panel.Find("[data-testid=receipt-error]").TextContent.ShouldBe("支払方法を選択してください。"), TimeSpan.FromSeconds(10));
        await using var db = _app.CreateContext(TenantScope.System);
        (await db.Payments.IgnoreQueryFilters().CountAsync(p => p.PayeePartnerId == retail.PartnerId, Xunit.TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task Reverse_WithAReason_ShowsTheReceiptAsReversedAndTheInvoiceUnpaidAgain()
    {
        var retail = await RetailTestData.NewPartnerAsync(_app);
        var invoice = await retail.IssuedAsync(110_000);
        await using var scope = retail.AsAdmin();
        await RecordAsync(scope, invoice, 130_000);
        var panel = RenderPanel(scope, invoice);
        panel.WaitForAssertion(() => panel.Find("[data-testid=retail-payment-status]").TextContent.ShouldBe("入金済"), TimeSpan.FromSeconds(10));
        panel.Find("[data-testid=receipt-credit-left]").TextContent.ShouldContain("20,000");

        await panel.InvokeAsync(() => panel.Find("button[data-testid=receipt-reverse]").Click());
        await panel.InvokeAsync(() => panel.Find("button[data-testid=receipt-reverse-confirm]").Click());
        // Without a reason nothing is reversed, and the user is told why in Japanese.
        panel.WaitForAssertion(() => panel.Find("[data-testid=receipt-correction-error]").TextContent.ShouldBe("取消の理由を入力してください。"), TimeSpan.FromSeconds(10));
        panel.Find("[data-testid=retail-payment-status]").TextContent.ShouldBe("入金済");

        await panel.InvokeAsync(() => panel.Find("textarea[data-testid=receipt-reverse-reason]").Change("金額の入力誤り"));
        await panel.InvokeAsync(() => panel.Find("button[data-testid=receipt-reverse-confirm]").Click());

        panel.WaitForAssertion(() => panel.Find("[data-testid=retail-outstanding]").TextContent.ShouldContain("110,000"), TimeSpan.FromSeconds(10));
        panel.Find("[data-testid=retail-payment-status]").TextContent.ShouldMatch("^(未入金|期限超過（[0-9]+日）)$");
        var reversal = panel.Find("[data-testid=receipt-reversal]").TextContent;
        reversal.ShouldContain("取消済");
        reversal.ShouldContain("金額の入力誤り");
        reversal.ShouldContain(retail.Admin.UserName!);
        panel.FindAll("button[data-testid=receipt-reverse]").ShouldBeEmpty();
        panel.FindAll("[data-testid=receipt-credit-left]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyCredit_OnAnotherInvoice_SettlesPartOfItAndNamesTheReceiptsInvoice()
    {
        var retail = await RetailTestData.NewPartnerAsync(_app);
        var first = await retail.IssuedAsync(110_000);
        var second = await retail.IssuedAsync(55_000);
        await using var scope = retail.AsStaff();
        await RecordAsync(scope, first, 130_000);
        var panel = RenderPanel(scope, second);
        // The amount starts from what the credit can settle: all 20,000 of it (the invoice has 55,000 open).
        panel.WaitForAssertion(() => panel.Find("input[data-testid=credit-amount]").GetAttribute("value").ShouldBe("20000"), TimeSpan.FromSeconds(10));

        await panel.InvokeAsync(() => panel.Find("input[data-testid=credit-amount]").Change("12000"));
        await panel.InvokeAsync(() => panel.Find("button[data-testid=credit-apply]").Click());

        panel.WaitForAssertion(() => panel.Find("[data-testid=retail-outstanding]").TextContent.ShouldContain("43,000"), TimeSpan.FromSeconds(10));
        panel.Find("[data-testid=retail-payment-status]").TextContent.ShouldMatch("^(一部入金|期限超過（[0-9]+日）)$");
        var firstNumber = (await scope.ServiceProvider.GetRequiredService<RetailReceivableQueries>().InvoiceBalanceAsync(first, new DateOnly(2026, 11, 20),
            Xunit.TestContext.Current.CancellationToken))!.Number;
        panel.Find("[data-testid=receipt-from-credit]").TextContent.ShouldContain(firstNumber);
        panel.Find("[data-testid=retail-receipts]").TextContent.ShouldContain("12,000");
        panel.FindAll("button[data-testid=credit-withdraw]").Count.ShouldBe(1);
        // 8,000 of the credit is left to apply.
        panel.Find("input[data-testid=credit-amount]").GetAttribute("value").ShouldBe("8000");
    }

    [Fact]
    public async Task Render_LongNote_KeepsTheMethodOnOneLineAndTheWholeNoteOnHover()
    {
        var retail = await RetailTestData.NewPartnerAsync(_app);
        var invoice = await retail.IssuedAsync(110_000);
        await using var scope = retail.AsStaff();
        string note = string.Concat(Enumerable.Repeat("振込名義が契約者名と異なるため、経理担当者に電話で確認済み。", 6));
        (await scope.ServiceProvider.GetRequiredService<RecordCustomerReceipt>().ExecuteAsync(
            new CustomerReceiptInput(invoice, new DateOnly(2026, 11, 20), 30_000, "株式会社テスト", PaymentMethod.BankTransfer, note),
            Xunit.TestContext.Current.CancellationToken)).PaymentId.ShouldNotBeNull();

        var panel = RenderPanel(scope, invoice);

        panel.WaitForAssertion(() => panel.FindAll("[data-testid=retail-receipt-row]").Count.ShouldBe(1), TimeSpan.FromSeconds(10));
        // The table keeps its short values on one line (hub-table); the method is one of them, not a free-text column.
        panel.Find("[data-testid=retail-receipts]").ClassList.ShouldContain("hub-table");
        var cells = panel.Find("[data-testid=retail-receipt-row]").Children;
        cells[2].TextContent.Trim().ShouldBe("銀行振込");
        cells[2].ClassList.ShouldNotContain("cell-wrap");
        // Only the note wraps, cut after two lines, the whole of it on hover.
        var shown = panel.Find("[data-testid=receipt-note-text]");
        shown.ClassList.ShouldContain("cell-clamp");
        shown.GetAttribute("title").ShouldBe(note);
        shown.ParentElement!.ClassList.ShouldContain("cell-wrap");
    }

    private static async Task RecordAsync(AsyncServiceScope scope, Guid invoice, long amount) =>
        (await scope.ServiceProvider.GetRequiredService<RecordCustomerReceipt>().ExecuteAsync(
            new CustomerReceiptInput(invoice, new DateOnly(2026, 11, 20), amount, "株式会社テスト", PaymentMethod.BankTransfer, null),
            Xunit.TestContext.Current.CancellationToken)).PaymentId.ShouldNotBeNull();

    private IRenderedComponent<RetailReceiptsPanel> RenderPanel(AsyncServiceScope scope, Guid invoice)
    {
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<RetailReceivableQueries>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CustomerReceiptQueries>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<RecordCustomerReceipt>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ReverseCustomerReceipt>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ApplyCustomerCredit>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<WithdrawCustomerCredit>());
        AddAuthorization().SetAuthorized("staff-retail@partner.example").SetRoles(HubRoles.PartnerStaff);
        return Render<RetailReceiptsPanel>(p => p.Add(x => x.InvoiceId, invoice));
    }
}
