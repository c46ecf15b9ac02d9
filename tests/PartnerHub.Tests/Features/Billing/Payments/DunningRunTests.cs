using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Payments;

/// <summary>Reminders for overdue invoices: one per invoice and stage, to the partner's administrators in their language, logged.</summary>
public class DunningRunTests(HubAppFactory app)
{
    // Billed 2026-10-01, due 2026-11-01 (a Sunday), so payment on Monday 2026-11-02 is on time.
    private static readonly DateOnly s_billedOn = new(2026, 10, 1);

    [Fact]
    public async Task Run_FirstBusinessDayAfterTheDueDate_QueuesStageOneOnceToPartnerAdmins()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var invoice = await data.IssuedInvoiceAsync(DemoOrganisations.MinatoPartner, s_billedOn);

        await RunAsync(new DateOnly(2026, 11, 2));
        var onDueDay = await NoticesAsync(invoice.Id);
        await RunAsync(new DateOnly(2026, 11, 3)); // 文化の日: no reminders on a closed day
        var onHoliday = await NoticesAsync(invoice.Id);
        await RunAsync(new DateOnly(2026, 11, 4));
        await RunAsync(new DateOnly(2026, 11, 4));

        onDueDay.ShouldBeEmpty();
        onHoliday.ShouldBeEmpty();
        var notice = (await NoticesAsync(invoice.Id)).ShouldHaveSingleItem();
        notice.Stage.ShouldBe(1);
        notice.DaysOverdue.ShouldBe(2);
        notice.OpenBalance.Amount.ShouldBe(invoice.Amount);
        notice.Recipients.ShouldContain("admin@minato.example");
        notice.Recipients.ShouldNotContain("staff@minato.example");
        await using var db = app.CreateContext(TenantScope.System);
        var mails = await db.OutboundEmails.AsNoTracking().Where(e => e.Topic == $"{DunningRun.Topic}:{invoice.Id:N}:1").ToListAsync(TestContext.Current.CancellationToken);
        mails.Select(m => m.Recipient).ShouldBe(notice.Recipients.Split(", "), ignoreOrder: true);
        mails.ShouldAllBe(m => m.PartnerId == DemoOrganisations.MinatoPartner);
        mails.First(m => m.Recipient == "admin@minato.example").Subject.ShouldContain("お支払いのお願い");
    }

    [Fact]
    public async Task Run_FourteenDaysOverdue_QueuesTheSecondStage()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var invoice = await data.IssuedInvoiceAsync(DemoOrganisations.HokurikuPartner, s_billedOn);

        await RunAsync(new DateOnly(2026, 11, 4));
        await RunAsync(new DateOnly(2026, 11, 16));
        await RunAsync(new DateOnly(2026, 11, 17));

        (await NoticesAsync(invoice.Id)).Select(n => n.Stage).Order().ShouldBe([1, 14]);
    }

    [Fact]
    public async Task Run_PaidInvoice_GetsNoReminder()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var invoice = await data.IssuedInvoiceAsync(DemoOrganisations.SakuraPartner, s_billedOn);
        await data.PayByHandAsync(DemoOrganisations.SakuraPartner, invoice);

        await RunAsync(new DateOnly(2026, 11, 4));

        (await NoticesAsync(invoice.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RunNow_AsPartnerAdmin_IsRefused()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);
        (await scope.ServiceProvider.GetRequiredService<RunDunningNow>().ExecuteAsync(TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    private async Task RunAsync(DateOnly today)
    {
        var run = app.Services.GetRequiredService<DunningRun>();
        await run.RunOnceAsync(today, "test", TestContext.Current.CancellationToken);
    }

    private async Task<List<DunningNotice>> NoticesAsync(Guid invoiceId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.DunningNotices.AsNoTracking().Where(n => n.InvoiceId == invoiceId).ToListAsync(TestContext.Current.CancellationToken);
    }
}
