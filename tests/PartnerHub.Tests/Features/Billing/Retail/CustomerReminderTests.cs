using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Features.Billing.Retail;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Retail;

/// <summary>
/// Partners' reminders (督促) to their customers about overdue retail invoices: the vendor dunning's stages on the business calendar, once
/// per invoice and stage, to the customer's notification addresses in its language, logged; the partner's button; only for partners that
/// bill their customers; never seen by the vendor or another partner.
/// </summary>
public class CustomerReminderTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // The test invoice is due Wednesday 2026-12-02 (RetailTestData); Thursday 12-03 is one day overdue, Sunday 12-06 a closed day.
    [Fact]
    public async Task Run_OverdueRetailInvoice_RemindsTheCustomerOncePerStageInItsLanguage()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        await SetCustomerAddressAsync(retail.CustomerId, "keiri@customer.example; it@customer.example", "en");
        var invoice = await retail.IssuedAsync(110_000);
        var run = app.Services.GetRequiredService<CustomerDunningRun>();

        await run.RunForPartnerAsync(retail.PartnerId, new DateOnly(2026, 12, 2), "test", Token);
        var onDueDay = await NoticesAsync(retail, invoice);
        await run.RunForPartnerAsync(retail.PartnerId, new DateOnly(2026, 12, 3), "test", Token);
        await run.RunForPartnerAsync(retail.PartnerId, new DateOnly(2026, 12, 4), "test", Token);
        await run.RunForPartnerAsync(retail.PartnerId, new DateOnly(2026, 12, 20), "test", Token); // a Sunday: nothing
        var beforeSecondStage = await NoticesAsync(retail, invoice);
        await run.RunForPartnerAsync(retail.PartnerId, new DateOnly(2026, 12, 21), "test", Token);

        onDueDay.ShouldBeEmpty();
        beforeSecondStage.Select(n => n.Stage).ShouldBe([1]);
        var notices = await NoticesAsync(retail, invoice);
        notices.Select(n => n.Stage).Order().ShouldBe([1, 14]);
        var first = notices.Single(n => n.Stage == 1);
        first.DaysOverdue.ShouldBe(1);
        first.OpenBalance.Amount.ShouldBe(110_000);
        first.Recipients.ShouldBe("keiri@customer.example, it@customer.example");
        await using var db = app.CreateContext(retail.Staff);
        var mails = await db.OutboundEmails.AsNoTracking().Where(e => e.Topic == $"{CustomerDunningRun.Topic}:{invoice:N}:1").ToListAsync(Token);
        mails.Select(m => m.Recipient).ShouldBe(["keiri@customer.example", "it@customer.example"], ignoreOrder: true);
        mails.ShouldAllBe(m => m.PartnerId == retail.PartnerId && m.Subject.Contains("Payment reminder", StringComparison.Ordinal) && m.Subject.Contains("テスト販売店株式会社", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_PaidInvoiceOrPartnerThatStoppedBillingCustomers_GetsNoReminder()
    {
        var paid = await RetailTestData.NewPartnerAsync(app);
        var paidInvoice = await paid.IssuedAsync(110_000);
        await CustomerStatementTests.ReceiveAsync(paid, paidInvoice, new DateOnly(2026, 11, 20), 110_000);
        var stopped = await RetailTestData.NewPartnerAsync(app);
        var stoppedInvoice = await stopped.IssuedAsync(110_000);
        await using (var scope = stopped.AsAdmin())
        {
            (await scope.ServiceProvider.GetRequiredService<RetailInvoicingSettings>().OptOutAsync(Token)).Saved.ShouldBeTrue();
        }

        var run = app.Services.GetRequiredService<CustomerDunningRun>();
        await run.RunForPartnerAsync(paid.PartnerId, new DateOnly(2026, 12, 3), "test", Token);
        await run.RunForPartnerAsync(stopped.PartnerId, new DateOnly(2026, 12, 3), "test", Token);
        var sent = await SendAsync(stopped, stoppedInvoice, new DateOnly(2026, 12, 3));

        (await NoticesAsync(paid, paidInvoice)).ShouldBeEmpty();
        (await NoticesAsync(stopped, stoppedInvoice)).ShouldBeEmpty();
        sent.Problem.ShouldBe(CustomerReminderProblem.NotBillingCustomers);
    }

    [Fact]
    public async Task Send_ByHand_SendsTheStageDueOnceAndLogsWhoSentIt()
    {
        var retail = await RetailTestData.NewPartnerAsync(app);
        var invoice = await retail.IssuedAsync(110_000);

        var beforeDue = await SendAsync(retail, invoice, new DateOnly(2026, 12, 2));
        var onSunday = await SendAsync(retail, invoice, new DateOnly(2026, 12, 6));
        var sent = await SendAsync(retail, invoice, new DateOnly(2026, 12, 7));
        var again = await SendAsync(retail, invoice, new DateOnly(2026, 12, 8));
        await app.Services.GetRequiredService<CustomerDunningRun>().RunForPartnerAsync(retail.PartnerId, new DateOnly(2026, 12, 8), "test", Token);

        beforeDue.Problem.ShouldBe(CustomerReminderProblem.NotOverdue);
        onSunday.Problem.ShouldBe(CustomerReminderProblem.NotBusinessDay);
        sent.Stage.ShouldBe(1);
        again.Problem.ShouldBe(CustomerReminderProblem.AlreadySent);
        var notice = (await NoticesAsync(retail, invoice)).ShouldHaveSingleItem();
        notice.QueuedBy.ShouldBe(retail.Staff.UserName);
        notice.DaysOverdue.ShouldBe(5);
        await using var scope = retail.AsAdmin();
        var log = await scope.ServiceProvider.GetRequiredService<DunningQueries>().ListAsync(
            new DunningLogFilter(Book: InvoiceRecipientKind.Customer, CustomerId: retail.CustomerId), new ListRequest(), Token);
        var row = log.Items.ShouldHaveSingleItem();
        row.InvoiceId.ShouldBe(invoice);
        row.Stage.ShouldBe(1);
        // The partner's log of the vendor's reminders to it does not mix in its own reminders to customers.
        (await scope.ServiceProvider.GetRequiredService<DunningQueries>().ListAsync(new DunningLogFilter(), new ListRequest(), Token)).Items.ShouldNotContain(n => n.InvoiceId == invoice);
    }

    [Fact]
    public async Task Send_AnotherPartnersInvoice_IsNotFoundAndNothingIsLogged()
    {
        var owner = await RetailTestData.NewPartnerAsync(app);
        var other = await RetailTestData.NewPartnerAsync(app);
        var invoice = await owner.IssuedAsync(110_000);

        var result = await SendAsync(other, invoice, new DateOnly(2026, 12, 7));

        result.Problem.ShouldBe(CustomerReminderProblem.NotFound);
        (await NoticesAsync(owner, invoice)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reminders_ToCustomers_AreNeverSeenByTheVendorOrAnotherPartner()
    {
        var owner = await RetailTestData.NewPartnerAsync(app);
        var other = await RetailTestData.NewPartnerAsync(app);
        var invoice = await owner.IssuedAsync(110_000);
        await app.Services.GetRequiredService<CustomerDunningRun>().RunForPartnerAsync(owner.PartnerId, new DateOnly(2026, 12, 3), "test", Token);
        (await NoticesAsync(owner, invoice)).ShouldHaveSingleItem();

        await using (var finance = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.Finance))
        {
            var queries = finance.ServiceProvider.GetRequiredService<DunningQueries>();
            (await queries.ListAsync(new DunningLogFilter(), new ListRequest(PageSize: 100), Token)).Items.ShouldNotContain(n => n.InvoiceId == invoice);
            (await queries.ListAsync(new DunningLogFilter(Book: InvoiceRecipientKind.Customer), new ListRequest(PageSize: 100), Token)).TotalCount.ShouldBe(0);
        }

        await using var vendor = app.CreateContext(TestScopes.VendorAdmin);
        (await vendor.DunningNotices.AnyAsync(n => n.InvoiceId == invoice, Token)).ShouldBeFalse();
        await using var system = app.CreateContext(TenantScope.System);
        (await system.DunningNotices.AnyAsync(n => n.InvoiceId == invoice, Token)).ShouldBeFalse();
        (await NoticesAsync(other, invoice)).ShouldBeEmpty();
    }

    [Fact]
    public void Job_RunsTheVendorsAndThePartnersRemindersOnOneSchedule()
    {
        var rounds = app.Services.GetServices<IDunningRound>().Select(r => r.GetType()).ToList();

        rounds.ShouldBe([typeof(DunningRun), typeof(CustomerDunningRun)]);
    }

    [Fact]
    public void Messages_ForEveryProblem_AreLocalizedInBothLanguages()
    {
        var strings = app.Services.GetRequiredService<IStringLocalizer<CustomerStatementStrings>>();
        foreach (var culture in new[] { "ja", "en" })
        {
            using (CultureScope.Use(CultureInfo.GetCultureInfo(culture)))
            {
                foreach (var problem in Enum.GetValues<CustomerReminderProblem>())
                {
                    var message = strings["ReminderProblem_" + problem];
                    message.ResourceNotFound.ShouldBeFalse(problem.ToString());
                    message.Value.ShouldNotBeNullOrWhiteSpace();
                }
            }
        }
    }

    private static async Task<CustomerReminderResult> SendAsync(RetailTestData retail, Guid invoice, DateOnly today)
    {
        await using var scope = retail.AsStaff();
        var services = scope.ServiceProvider;
        // The Tokyo day chosen by the test: 10:00 JST.
        var clock = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        var send = new SendCustomerReminder(services.GetRequiredService<CustomerDunningRun>(), services.GetRequiredService<RetailReceivableQueries>(),
            services.GetRequiredService<IDbContextFactory<HubDbContext>>(), services.GetRequiredService<CurrentUser>(), clock);
        return await send.ExecuteAsync(invoice, Token);
    }

    private async Task<List<DunningNotice>> NoticesAsync(RetailTestData retail, Guid invoice)
    {
        await using var db = app.CreateContext(retail.Staff);
        return await db.DunningNotices.AsNoTracking().Where(n => n.InvoiceId == invoice).ToListAsync(Token);
    }

    private async Task SetCustomerAddressAsync(Guid customerId, string emails, string language)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var customer = await db.Customers.SingleAsync(c => c.Id == customerId, Token);
        customer.NotificationEmails = emails;
        customer.NotificationLanguage = language;
        await db.SaveChangesAsync(Token);
    }
}
