using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Features.Billing.Retail;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Features.Billing.Exports;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Retail;

/// <summary>
/// A partner records its customers' payments against its retail invoices: partial payments, over-payment kept as the customer's
/// credit, the receivables per customer and their aging export; refused input stores nothing; another partner and the vendor's
/// finance never see or touch them.
/// </summary>
public class CustomerReceiptTests(HubAppFactory app)
{
    private static readonly DateOnly s_paidOn = new(2026, 11, 20);

    [Fact]
    public async Task Record_PartialPayment_LeavesTheRestOutstanding()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);

        var result = await RecordAsync(retail.AsStaff(), Input(invoice, 40_000));

        result.PaymentId.ShouldNotBeNull();
        var balance = (await BalanceAsync(retail.AsAdmin(), invoice)).ShouldNotBeNull();
        balance.Allocated.ShouldBe(new Yen(40_000));
        balance.Open.ShouldBe(new Yen(70_000));
        balance.IsPaid.ShouldBeFalse();
        var row = (await ListAsync(retail.AsStaff())).Page.Items.ShouldHaveSingleItem();
        row.CustomerId.ShouldBe(retail.CustomerId);
        row.Open.ShouldBe(new Yen(70_000));
        row.Paid.ShouldBe(new Yen(40_000));
        row.Credit.ShouldBe(Yen.Zero);
        row.OpenInvoices.ShouldBe(1);
    }

    [Fact]
    public async Task Record_OverPayment_SettlesTheInvoiceAndKeepsTheRestAsTheCustomersCredit()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);
        (await RecordAsync(retail.AsStaff(), Input(invoice, 60_000))).PaymentId.ShouldNotBeNull();

        (await RecordAsync(retail.AsAdmin(), Input(invoice, 70_000))).PaymentId.ShouldNotBeNull();

        var balance = (await BalanceAsync(retail.AsStaff(), invoice)).ShouldNotBeNull();
        balance.Open.ShouldBe(Yen.Zero);
        balance.IsPaid.ShouldBeTrue();
        await using (var scope = retail.AsStaff())
        {
            var receipts = await scope.ServiceProvider.GetRequiredService<PaymentQueries>().ForInvoiceAsync(invoice, TestContext.Current.CancellationToken);
            // Both received the same day: the second applies only what was still open (50,000 of its 70,000).
            receipts.Select(r => r.Amount.Amount).ShouldBe([60_000L, 50_000L], ignoreOrder: true);
            var second = receipts.Single(r => r.PaymentAmount == new Yen(70_000));
            second.Amount.ShouldBe(new Yen(50_000));
            second.Method.ShouldBe(PaymentMethod.BankTransfer);
        }

        var page = await ListAsync(retail.AsStaff());
        var row = page.Page.Items.ShouldHaveSingleItem();
        row.Open.ShouldBe(Yen.Zero);
        row.Credit.ShouldBe(new Yen(20_000));
        page.Credit.ShouldBe(new Yen(20_000));
    }

    [Theory]
    [InlineData(0L, "株式会社テスト", PaymentMethod.Cash, 0, null, PaymentRefusal.AmountNotPositive)]
    [InlineData(-1L, "株式会社テスト", PaymentMethod.Cash, 0, null, PaymentRefusal.AmountNotPositive)]
    [InlineData(10_000L, " ", PaymentMethod.Cash, 0, null, PaymentRefusal.PayerNameMissing)]
    [InlineData(10_000L, "株式会社テスト", null, 0, null, PaymentRefusal.MethodMissing)]
    [InlineData(10_000L, "株式会社テスト", PaymentMethod.Cash, 400, PaymentProblem.ReceivedInFuture, null)]
    public async Task Record_BadInput_IsRefusedAndNothingIsStored(long amount, string payer, PaymentMethod? method, int daysAhead, PaymentProblem? problem,
        PaymentRefusal? refusal)
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);
        // A day no test run reaches: always after the hub's today.
        var on = daysAhead == 0 ? s_paidOn : new DateOnly(2099, 1, 1).AddDays(daysAhead);

        var result = await RecordAsync(retail.AsStaff(), new CustomerReceiptInput(invoice, on, amount, payer, method, null));

        result.PaymentId.ShouldBeNull();
        if (refusal is not null)
        {
            result.Refusal.ShouldBe(refusal);
        }
        else
        {
            result.Problem.ShouldBe(problem);
        }

        (await StoredReceiptsAsync(retail.PartnerId)).ShouldBe(0);
    }

    [Fact]
    public async Task Record_MessagesForRefusals_AreJapanese()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var strings = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<PaymentStrings>>();
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("ja-JP");

        PaymentMessages.For(strings, PaymentChangeResult.Refused(PaymentRefusal.MethodMissing)).ShouldBe("支払方法を選択してください。");
        PaymentMessages.For(strings, PaymentChangeResult.Refused(PaymentRefusal.AmountNotPositive)).ShouldBe("金額は1円以上で入力してください。");
    }

    [Fact]
    public async Task Record_OnAnotherPartnersInvoice_IsNotFoundAndNothingIsStored()
    {
        var owner = await RetailTestData.NewPartnerAsync(app);
        var other = await RetailTestData.NewPartnerAsync(app);
        var invoice = await owner.IssuedAsync(110_000);

        var result = await RecordAsync(other.AsAdmin(), Input(invoice, 10_000));

        result.Problem.ShouldBe(PaymentProblem.NotFound);
        (await StoredReceiptsAsync(owner.PartnerId)).ShouldBe(0);
        (await StoredReceiptsAsync(other.PartnerId)).ShouldBe(0);
    }

    [Fact]
    public async Task Record_AsVendorFinance_IsNotAllowed()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);

        var result = await RecordAsync(app.ScopeFor(TestScopes.VendorAdmin, HubRoles.Finance), Input(invoice, 10_000));

        result.Problem.ShouldBe(PaymentProblem.NotAllowed);
        (await StoredReceiptsAsync(retail.PartnerId)).ShouldBe(0);
    }

    [Fact]
    public async Task Receipts_AnotherPartnerAndVendorFinance_SeeNothingOfThem()
    {
        var owner = await RetailTestData.NewPartnerAsync(app);
        var other = await RetailTestData.NewPartnerAsync(app);
        var invoice = await owner.IssuedAsync(110_000);
        var receipt = (await RecordAsync(owner.AsStaff(), Input(invoice, 130_000))).PaymentId!.Value;

        (await BalanceAsync(other.AsAdmin(), invoice)).ShouldBeNull();
        (await ListAsync(other.AsAdmin())).Page.TotalCount.ShouldBe(0);
        await using (var finance = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.Finance))
        {
            var payments = finance.ServiceProvider.GetRequiredService<PaymentQueries>();
            (await payments.GetAsync(receipt, TestContext.Current.CancellationToken)).ShouldBeNull();
            (await payments.ListAsync(new PaymentListFilter(Search: "株式会社テスト"), new ListRequest(PageSize: 200), TestContext.Current.CancellationToken))
                .Page.Items.ShouldNotContain(p => p.Id == receipt);
            var balances = await finance.ServiceProvider.GetRequiredService<ReceivableQueries>().BalancesAsync(s_paidOn, TestContext.Current.CancellationToken);
            balances.ShouldNotContain(b => b.PartnerId == owner.PartnerId && b.Credit > Yen.Zero);
        }

        await using var vendor = app.CreateContext(TestScopes.VendorAdmin);
        (await vendor.Payments.AnyAsync(p => p.Id == receipt, TestContext.Current.CancellationToken)).ShouldBeFalse();
        // The partner's own wholesale payment list (what it paid the vendor) does not mix in its customers' money either.
        await using var own = owner.AsStaff();
        (await own.ServiceProvider.GetRequiredService<PaymentQueries>().ListAsync(new PaymentListFilter(), new ListRequest(), TestContext.Current.CancellationToken))
            .Page.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Save_ReceiptForAnotherPartner_IsRefusedByTheContext()
    {
        var owner = await RetailTestData.NewPartnerAsync(app);
        var other = await RetailTestData.NewPartnerAsync(app);
        await using var db = app.CreateContext(other.Staff);
        var receipt = Payment.RecordCustomerReceipt(Guid.NewGuid(), owner.PartnerId, owner.CustomerId, s_paidOn, new Yen(1_000), "株式会社テスト",
            PaymentMethod.Cash, null, DateTimeOffset.UnixEpoch, "x").Payment!;
        db.Payments.Add(receipt);

        await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        (await StoredReceiptsAsync(owner.PartnerId)).ShouldBe(0);
    }

    [Fact]
    public async Task AgingXlsx_AsThePartner_HoldsItsCustomersOpenAmountsOnly()
    {
        var owner = await RetailTestData.NewPartnerAsync(app);
        var other = await RetailTestData.NewPartnerAsync(app);
        var invoice = await owner.IssuedAsync(110_000);
        await other.IssuedAsync(55_000);
        (await RecordAsync(owner.AsStaff(), Input(invoice, 40_000))).PaymentId.ShouldNotBeNull();
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, owner.PartnerId);
        var client = await HubSession.SignInAsync(app, email);

        var sheets = await ExportFiles.WorkbookAsync(client, "/billing/retail-receivables/aging.xlsx?asOf=2026-12-31");

        var details = ExportFiles.DataRows(sheets[1]);
        var detail = details.ShouldHaveSingleItem();
        ExportFiles.Amount(detail, ExportFiles.Column(sheets[1], "未回収残高")).ShouldBe(70_000);
    }

    [Fact]
    public async Task AgingXlsx_AsVendorFinance_IsForbidden()
    {
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var response = await client.GetAsync(new Uri("/billing/retail-receivables/aging.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);

        // Refused by role: 403, or the cookie scheme's redirect to the access-denied page; never the workbook.
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location?.ToString().ShouldContain("AccessDenied");
        }

        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Fact]
    public async Task InvoicePage_AnotherPartnersUser_SeesNoReceipt()
    {
        var owner = await RetailTestData.NewPartnerAsync(app);
        var invoice = await owner.IssuedAsync(110_000);
        (await RecordAsync(owner.AsStaff(), Input(invoice, 43_210))).PaymentId.ShouldNotBeNull();
        var client = await HubSession.SignInAsync(app, "staff@hokuriku.example");

        var response = await client.GetAsync(new Uri($"/billing/retail-invoices/{invoice}", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        body.ShouldNotContain("43,210");
        body.ShouldNotContain("data-testid=\"retail-receivable\"");
    }

    private static CustomerReceiptInput Input(Guid invoice, long amount) =>
        new(invoice, s_paidOn, amount, "株式会社テスト", PaymentMethod.BankTransfer, "請求書どおり");

    private static async Task<PaymentChangeResult> RecordAsync(AsyncServiceScope scope, CustomerReceiptInput input)
    {
        await using (scope)
        {
            return await scope.ServiceProvider.GetRequiredService<RecordCustomerReceipt>().ExecuteAsync(input, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<InvoiceBalance?> BalanceAsync(AsyncServiceScope scope, Guid invoice)
    {
        await using (scope)
        {
            return await scope.ServiceProvider.GetRequiredService<RetailReceivableQueries>().InvoiceBalanceAsync(invoice, s_paidOn, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<RetailReceivablePage> ListAsync(AsyncServiceScope scope)
    {
        await using (scope)
        {
            return await scope.ServiceProvider.GetRequiredService<RetailReceivableQueries>()
                .ListAsync(new RetailReceivableFilter(), s_paidOn, new ListRequest(), TestContext.Current.CancellationToken);
        }
    }

    private async Task<int> StoredReceiptsAsync(Guid partnerId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.Payments.IgnoreQueryFilters().CountAsync(p => p.PayeePartnerId == partnerId, TestContext.Current.CancellationToken);
    }
}
