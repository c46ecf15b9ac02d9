using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
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
/// A partner corrects its customers' receipts: reverses one recorded by mistake (入金取消) and applies a customer's credit (an
/// over-payment) to another of the customer's invoices; the receivables aging export follows the list's filter. Another partner gets
/// "not found", the vendor's finance is not allowed, and both invoices, balances and the audit trail show what happened.
/// </summary>
public class CustomerReceiptCorrectionTests(HubAppFactory app)
{
    private static readonly DateOnly s_paidOn = new(2026, 11, 20);

    [Fact]
    public async Task Reverse_ReceiptRecordedByMistake_ReopensTheInvoiceDropsTheCreditAndStaysListedAsReversed()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);
        var receipt = await RecordAsync(retail, invoice, 130_000);

        var result = await ReverseAsync(retail.AsAdmin(), receipt, "金額の入力誤り（130,000円ではなく13,000円）");

        result.PaymentId.ShouldBe(receipt);
        var balance = (await BalanceAsync(retail.AsStaff(), invoice)).ShouldNotBeNull();
        balance.Allocated.ShouldBe(Yen.Zero);
        balance.Open.ShouldBe(new Yen(110_000));
        var row = (await ListAsync(retail.AsStaff())).Page.Items.ShouldHaveSingleItem();
        row.Credit.ShouldBe(Yen.Zero);
        row.Paid.ShouldBe(Yen.Zero);
        var line = (await ReceiptsAsync(retail.AsStaff(), invoice)).Lines.ShouldHaveSingleItem();
        line.IsReversed.ShouldBeTrue();
        line.Reversal!.Reason.ShouldBe("金額の入力誤り（130,000円ではなく13,000円）");
        line.Reversal.By.ShouldBe(retail.Admin.UserName);
        line.AppliedHere.ShouldBe(Yen.Zero);
        await using var db = app.CreateContext(TenantScope.System);
        var audit = await db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.EntityType == nameof(Payment) && a.EntityId == receipt.ToString()).OrderBy(a => a.At).ToListAsync(TestContext.Current.CancellationToken);
        audit.Count.ShouldBe(2);
        audit[1].UserName.ShouldBe(retail.Admin.UserName);
        audit[1].Changes.ShouldContain("ReversalReason");
        // The partner reviews its own receipts' history.
        audit.ShouldAllBe(a => a.PartnerId == retail.PartnerId);
    }

    [Fact]
    public async Task Reverse_Twice_IsRefused()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);
        var receipt = await RecordAsync(retail, invoice, 50_000);
        (await ReverseAsync(retail.AsStaff(), receipt, "二重登録")).PaymentId.ShouldNotBeNull();

        var again = await ReverseAsync(retail.AsAdmin(), receipt, "二重登録");

        again.Refusal.ShouldBe(PaymentRefusal.AlreadyReversed);
        (await ReceiptsAsync(retail.AsStaff(), invoice)).Lines.ShouldHaveSingleItem().Reversal!.By.ShouldBe(retail.Staff.UserName);
    }

    [Fact]
    public async Task Reverse_WithoutReason_IsRefusedAndTheReceiptStands()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);
        var receipt = await RecordAsync(retail, invoice, 50_000);

        (await ReverseAsync(retail.AsAdmin(), receipt, "  ")).Refusal.ShouldBe(PaymentRefusal.ReversalReasonMissing);
        (await ReverseAsync(retail.AsAdmin(), receipt, new string('x', ReverseCustomerReceipt.MaxReasonLength + 1))).Problem.ShouldBe(PaymentProblem.InvalidInput);

        (await BalanceAsync(retail.AsStaff(), invoice))!.Open.ShouldBe(new Yen(60_000));
    }

    [Fact]
    public async Task ApplyCredit_PartOfAnOverPayment_SettlesTheOtherInvoiceAndShowsOnBoth()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var first = await retail.IssuedAsync(110_000);
        var second = await retail.IssuedAsync(55_000);
        var receipt = await RecordAsync(retail, first, 130_000);

        var result = await ApplyAsync(retail.AsStaff(), second, 15_000);

        result.PaymentId.ShouldBe(receipt);
        (await BalanceAsync(retail.AsStaff(), second))!.Open.ShouldBe(new Yen(40_000));
        (await BalanceAsync(retail.AsStaff(), first))!.Open.ShouldBe(Yen.Zero);
        var onFirst = (await ReceiptsAsync(retail.AsStaff(), first)).Lines.ShouldHaveSingleItem();
        onFirst.RecordedHere.ShouldBeTrue();
        onFirst.AppliedHere.ShouldBe(new Yen(110_000));
        var use = onFirst.CreditUses.ShouldHaveSingleItem();
        use.InvoiceId.ShouldBe(second);
        use.Amount.ShouldBe(new Yen(15_000));
        onFirst.CreditLeft.ShouldBe(new Yen(5_000));
        var onSecond = await ReceiptsAsync(retail.AsStaff(), second);
        var fromCredit = onSecond.Lines.ShouldHaveSingleItem();
        fromCredit.RecordedHere.ShouldBeFalse();
        fromCredit.RecordedOn!.InvoiceId.ShouldBe(first);
        fromCredit.AppliedHere.ShouldBe(new Yen(15_000));
        onSecond.CustomerCredit.ShouldBe(new Yen(5_000));
        (await ListAsync(retail.AsStaff())).Page.Items.ShouldHaveSingleItem().Credit.ShouldBe(new Yen(5_000));
        await using var db = app.CreateContext(TenantScope.System);
        var audited = await db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.EntityType == nameof(PaymentAllocation) && a.EntityId == use.AllocationId.ToString()).ToListAsync(TestContext.Current.CancellationToken);
        var entry = audited.ShouldHaveSingleItem();
        entry.PartnerId.ShouldBe(retail.PartnerId);
        entry.UserName.ShouldBe(retail.Staff.UserName);
    }

    [Fact]
    public async Task ApplyCredit_MoreThanTheCreditOrTheOpenBalance_IsRefusedAndNothingIsApplied()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var first = await retail.IssuedAsync(110_000);
        var second = await retail.IssuedAsync(55_000);
        await RecordAsync(retail, first, 130_000);
        var third = await retail.IssuedAsync(11_000);

        var tooMuchCredit = await ApplyAsync(retail.AsStaff(), second, 20_001);
        var tooMuchOpen = await ApplyAsync(retail.AsStaff(), third, 11_001);
        var nothing = await ApplyAsync(retail.AsStaff(), second, 0);

        tooMuchCredit.Refusal.ShouldBe(PaymentRefusal.ExceedsUnallocated);
        tooMuchCredit.Detail.ShouldBe("¥20,000");
        tooMuchOpen.Refusal.ShouldBe(PaymentRefusal.ExceedsOpenBalance);
        nothing.Refusal.ShouldBe(PaymentRefusal.AmountNotPositive);
        (await BalanceAsync(retail.AsStaff(), second))!.Open.ShouldBe(new Yen(55_000));
        (await ReceiptsAsync(retail.AsStaff(), second)).CustomerCredit.ShouldBe(new Yen(20_000));
    }

    [Fact]
    public async Task Reverse_CreditAppliedElsewhere_IsRefusedInJapaneseNamingTheInvoiceUntilWithdrawn()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var first = await retail.IssuedAsync(110_000);
        var second = await retail.IssuedAsync(55_000);
        var receipt = await RecordAsync(retail, first, 130_000);
        (await ApplyAsync(retail.AsStaff(), second, 15_000)).PaymentId.ShouldNotBeNull();
        var secondNumber = (await BalanceAsync(retail.AsStaff(), second))!.Number;

        var refused = await ReverseAsync(retail.AsAdmin(), receipt, "入金先の誤り");

        refused.Refusal.ShouldBe(PaymentRefusal.CreditAppliedElsewhere);
        refused.Detail.ShouldBe(secondNumber);
        await using (var scope = retail.AsAdmin())
        {
            CultureInfo.CurrentUICulture = new CultureInfo("ja-JP");
            var message = scope.ServiceProvider.GetRequiredService<IStringLocalizer<ReceiptCorrectionStrings>>()["Refusal_" + refused.Refusal, refused.Detail!].Value;
            message.ShouldContain(secondNumber);
            message.ShouldContain("前受金がマイナスになります");
        }

        (await BalanceAsync(retail.AsStaff(), second))!.Open.ShouldBe(new Yen(40_000));
        var allocation = (await ReceiptsAsync(retail.AsStaff(), second)).Lines.Single().CreditUses.Single().AllocationId;
        (await WithdrawAsync(retail.AsStaff(), receipt, allocation)).PaymentId.ShouldNotBeNull();
        (await ReverseAsync(retail.AsAdmin(), receipt, "入金先の誤り")).PaymentId.ShouldNotBeNull();
        (await BalanceAsync(retail.AsStaff(), second))!.Open.ShouldBe(new Yen(55_000));
        (await BalanceAsync(retail.AsStaff(), first))!.Open.ShouldBe(new Yen(110_000));
    }

    [Fact]
    public async Task Corrections_ByAnotherPartner_AreNotFoundAndByVendorFinance_NotAllowed()
    {
        var owner = await RetailTestData.NewPartnerAsync(app);
        var other = await RetailTestData.NewPartnerAsync(app);
        var first = await owner.IssuedAsync(110_000);
        var second = await owner.IssuedAsync(55_000);
        var receipt = await RecordAsync(owner, first, 130_000);
        (await ApplyAsync(owner.AsStaff(), second, 10_000)).PaymentId.ShouldNotBeNull();
        var allocation = (await ReceiptsAsync(owner.AsStaff(), second)).Lines.Single().CreditUses.Single().AllocationId;

        (await ReverseAsync(other.AsAdmin(), receipt, "他社による取消")).Problem.ShouldBe(PaymentProblem.NotFound);
        (await ApplyAsync(other.AsAdmin(), second, 5_000)).Problem.ShouldBe(PaymentProblem.NotFound);
        (await WithdrawAsync(other.AsAdmin(), receipt, allocation)).Problem.ShouldBe(PaymentProblem.NotFound);
        (await ReceiptsAsync(other.AsAdmin(), first)).Lines.ShouldBeEmpty();
        (await ReceiptsAsync(other.AsAdmin(), second)).CustomerCredit.ShouldBe(Yen.Zero);
        var finance = () => app.ScopeFor(TestScopes.VendorAdmin, HubRoles.Finance);
        (await ReverseAsync(finance(), receipt, "取消")).Problem.ShouldBe(PaymentProblem.NotAllowed);
        (await ApplyAsync(finance(), second, 5_000)).Problem.ShouldBe(PaymentProblem.NotAllowed);
        (await WithdrawAsync(finance(), receipt, allocation)).Problem.ShouldBe(PaymentProblem.NotAllowed);
        (await ReceiptsAsync(finance(), first)).Lines.ShouldBeEmpty();

        // Nothing changed: the receipt stands, its credit still settles the second invoice.
        (await BalanceAsync(owner.AsStaff(), second))!.Open.ShouldBe(new Yen(45_000));
        (await ReceiptsAsync(owner.AsStaff(), first)).Lines.Single().IsReversed.ShouldBeFalse();
        // The vendor's audit view never shows the partner's customer receipts either.
        await using var vendor = app.CreateContext(TestScopes.VendorAdmin);
        (await vendor.Payments.AnyAsync(p => p.Id == receipt, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Corrections_OnTheVendorsPaymentToThePartner_AreNotFound()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        Guid payment;
        await using (var db = app.CreateContext(TestScopes.VendorAdmin))
        {
            // What the partner paid the vendor is finance's record: the partner sees it, but it is no customer receipt to correct.
            var manual = Payment.RecordManual(Guid.NewGuid(), retail.PartnerId, s_paidOn, new Yen(10_000), "ﾃｽﾄ(ｶ", null, DateTimeOffset.UnixEpoch, "finance").Payment!;
            db.Payments.Add(manual);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            payment = manual.Id;
        }

        (await ReverseAsync(retail.AsAdmin(), payment, "取消")).Problem.ShouldBe(PaymentProblem.NotFound);
    }

    [Fact]
    public async Task AgingXlsx_WithTheListsFilter_HoldsTheSameCustomersAndNamesTheFilterAndTime()
    {
        var owner = await RetailTestData.NewPartnerAsync(app);
        var invoice = await owner.IssuedAsync(110_000);
        await RecordAsync(owner, invoice, 40_000);
        var email = await TestUsers.CreateAsync(app.Services, HubRoles.PartnerStaff, owner.PartnerId);
        var client = await HubSession.SignInAsync(app, email);

        var response = await client.GetAsync(new Uri("/billing/retail-receivables/aging.xlsx?asOf=2026-12-31&search=請求テスト&overdue=true", UriKind.Relative),
            TestContext.Current.CancellationToken);
        var overdue = await ExportFiles.WorkbookAsync(client, "/billing/retail-receivables/aging.xlsx?asOf=2026-12-31&search=請求テスト&overdue=true");
        var notYetDue = await ExportFiles.WorkbookAsync(client, "/billing/retail-receivables/aging.xlsx?asOf=2026-11-20&overdue=true");
        var otherName = await ExportFiles.WorkbookAsync(client, "/billing/retail-receivables/aging.xlsx?asOf=2026-12-31&search=該当しない顧客");
        var everyone = await ExportFiles.WorkbookAsync(client, "/billing/retail-receivables/aging.xlsx?asOf=2026-11-20");

        var name = response.Content.Headers.ContentDisposition!.FileNameStar.ShouldNotBeNull();
        name.ShouldContain("20261231");
        name.ShouldContain("期限超過のみ");
        name.ShouldContain("請求テスト");
        name.ShouldMatch(@"_[0-9]{8}-[0-9]{4}\.xlsx$");
        var detail = ExportFiles.DataRows(overdue[1]).ShouldHaveSingleItem();
        ExportFiles.Amount(detail, ExportFiles.Column(overdue[1], "未回収残高")).ShouldBe(70_000);
        ExportFiles.DataRows(notYetDue[1]).ShouldBeEmpty();
        ExportFiles.DataRows(otherName[1]).ShouldBeEmpty();
        ExportFiles.DataRows(everyone[1]).ShouldHaveSingleItem();
    }

    private static async Task<Guid> RecordAsync(RetailTestData retail, Guid invoice, long amount)
    {
        await using var scope = retail.AsStaff();
        var result = await scope.ServiceProvider.GetRequiredService<RecordCustomerReceipt>().ExecuteAsync(
            new CustomerReceiptInput(invoice, s_paidOn, amount, "株式会社テスト", PaymentMethod.BankTransfer, null), TestContext.Current.CancellationToken);
        return result.PaymentId.ShouldNotBeNull();
    }

    private static async Task<PaymentChangeResult> ReverseAsync(AsyncServiceScope scope, Guid receipt, string? reason)
    {
        await using (scope)
        {
            return await scope.ServiceProvider.GetRequiredService<ReverseCustomerReceipt>().ExecuteAsync(receipt, reason, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<PaymentChangeResult> ApplyAsync(AsyncServiceScope scope, Guid invoice, long amount)
    {
        await using (scope)
        {
            return await scope.ServiceProvider.GetRequiredService<ApplyCustomerCredit>().ExecuteAsync(invoice, amount, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<PaymentChangeResult> WithdrawAsync(AsyncServiceScope scope, Guid receipt, Guid allocation)
    {
        await using (scope)
        {
            return await scope.ServiceProvider.GetRequiredService<WithdrawCustomerCredit>().ExecuteAsync(receipt, allocation, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<CustomerReceiptsOfInvoice> ReceiptsAsync(AsyncServiceScope scope, Guid invoice)
    {
        await using (scope)
        {
            return await scope.ServiceProvider.GetRequiredService<CustomerReceiptQueries>().ForInvoiceAsync(invoice, TestContext.Current.CancellationToken);
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
}
