using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Payments;
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

    private IRenderedComponent<RetailReceiptsPanel> RenderPanel(AsyncServiceScope scope, Guid invoice)
    {
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<RetailReceivableQueries>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<PaymentQueries>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<RecordCustomerReceipt>());
        AddAuthorization().SetAuthorized("staff-retail@partner.example").SetRoles(HubRoles.PartnerStaff);
        return Render<RetailReceiptsPanel>(p => p.Add(x => x.InvoiceId, invoice));
    }
}
