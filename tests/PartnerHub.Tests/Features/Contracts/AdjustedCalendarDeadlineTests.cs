using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Features.Logistics;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Features.Billing.Payments;
using PartnerHub.Tests.Features.Catalogue;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

/// <summary>
/// Issue 13: a closure the vendor adds on the calendar page moves every deadline counted in business days, beyond the
/// renewal work (<see cref="Renewals.CalendarClosureDeadlineTests"/>): 002's 5th-business-day start and the day an invoice
/// becomes overdue. Its own hub: the closures would move other tests' deadlines.
/// </summary>
public sealed class AdjustedCalendarDeadlineTests(CatalogueHub app) : IClassFixture<CatalogueHub>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "002 §4-2")]
    public async Task RecordDelivery_WhenTheVendorClosesABusinessDayBeforeThe5th_StartsTheServiceABusinessDayLater()
    {
        var today = PaymentTestData.Today;
        var calendar = BusinessCalendars.ChamberUtm;
        var seedStart = ContractTimeline.StartFor(ServicePlanPolicy.ChamberUtm002, today);
        await CloseAsync("002", calendar.NthBusinessDayOfMonth(seedStart.Year, seedStart.Month, 1));
        var contractId = await ShippedAsync(ServicePlan.ChamberUtm.Code, today);

        LogisticsProblem? problem;
        await using (var operations = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations))
        {
            problem = await operations.ServiceProvider.GetRequiredService<RecordDelivery>().ExecuteAsync(contractId, today, Token);
        }

        await using var db = app.CreateContext(TenantScope.System);
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId, Token);
        problem.ShouldBeNull();
        contract.ServiceStartOn.ShouldBe(calendar.NextBusinessDay(seedStart));
        contract.CurrentTermEndsOn.ShouldBe(contract.Timeline(await app.Services.GetRequiredService<IBusinessCalendarSource>().CurrentAsync(Token))!.Term(1).End);
    }

    [Fact]
    public async Task InvoiceBalance_WhenTheVendorClosesTheDueDate_IsNotOverdueUntilTheNextBusinessDayHasPassed()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var today = PaymentTestData.Today;
        var calendar = BusinessCalendars.SensorServiceDesk;
        var billedOn = today.AddDays(-20);
        while (billedOn.AddMonths(1) <= today || !calendar.IsBusinessDay(billedOn.AddMonths(1)))
        {
            billedOn = billedOn.AddDays(1);
        }

        var dueOn = billedOn.AddMonths(1);
        var dayAfter = calendar.NextBusinessDay(dueOn);
        var invoice = await data.IssuedInvoiceAsync(DemoOrganisations.MinatoPartner, billedOn);
        var before = await BalanceOnAsync(data, invoice.Id, dayAfter);

        await CloseAsync("004", dueOn);
        var after = await BalanceOnAsync(data, invoice.Id, dayAfter);
        var later = await BalanceOnAsync(data, invoice.Id, calendar.NextBusinessDay(dayAfter));

        before.DaysOverdue.ShouldBe(dayAfter.DayNumber - dueOn.DayNumber);
        after.DueDate.ShouldBe(dueOn);
        after.IsOverdue.ShouldBeFalse();
        later.DaysOverdue.ShouldBe(calendar.NextBusinessDay(dayAfter).DayNumber - dayAfter.DayNumber);
    }

    private static async Task<InvoiceBalance> BalanceOnAsync(PaymentTestData data, Guid invoiceId, DateOnly day) =>
        (await data.AsFinanceAsync(s => s.GetRequiredService<ReceivableQueries>().InvoiceBalanceAsync(invoiceId, day, Token))).ShouldNotBeNull();

    private async Task CloseAsync(string calendarCode, DateOnly day)
    {
        await using var vendor = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        var date = day.ToDateTime(TimeOnly.MinValue);
        var draft = new CalendarAdjustmentDraft { Kind = CalendarAdjustmentKind.Closure, From = date, To = date, Name = "臨時休業" };
        (await vendor.ServiceProvider.GetRequiredService<AdjustCalendar>().AddAsync(calendarCode, draft, Token)).Problems.ShouldBeEmpty();
    }

    // A contract ordered today whose appliance has left the hardware vendor, with its kitting task shipped.
    private async Task<Guid> ShippedAsync(string planCode, DateOnly today)
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var db = app.CreateContext(TenantScope.System);
        var partnerId = DemoOrganisations.MinatoPartner;
        var customer = await db.Customers.Where(c => c.PartnerId == partnerId).OrderBy(c => c.NameKana).FirstAsync(Token);
        var contract = new ServiceContract(Guid.NewGuid(), "A-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), partnerId, customer.Id,
            planCode, 1, new Yen(79_200), null, today, now, "test");
        contract.StartKitting(now, "test").ShouldBeNull();
        contract.Ship(now, "test", "test shipment").ShouldBeNull();
        var task = new KittingTask(Guid.NewGuid(), contract.Id, partnerId, DemoOrganisations.TohoHardwareVendor, now);
        foreach (var item in KittingTask.ChecklistItems)
        {
            task.SetChecklistItem(item, true).ShouldBeTrue();
        }

        task.Ship(Carrier.Yamato, "123456789013", today, today.AddDays(2)).ShouldBeNull();
        db.Contracts.Add(contract);
        db.KittingTasks.Add(task);
        await db.SaveChangesAsync(Token);
        return contract.Id;
    }
}
