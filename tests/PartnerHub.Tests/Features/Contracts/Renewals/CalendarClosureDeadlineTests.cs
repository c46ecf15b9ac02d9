using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Features.Contracts.Renewals;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Features.Catalogue;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts.Renewals;

/// <summary>
/// Issue 13: a closure the vendor adds to a business calendar moves the business-day deadlines of contracts (cancel-by
/// reminders, the last business day before the cancel-by date), not only the statutory holidays. Its own hub: the closure
/// would move other tests' deadlines.
/// </summary>
public sealed class CalendarClosureDeadlineTests(CatalogueHub app) : IClassFixture<CatalogueHub>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task CancelByReminder_WhenTheVendorClosesABusinessDayBeforeTheDeadline_ComesABusinessDayEarlier()
    {
        var contract = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.MinatoPartner, RenewalTestData.Today.AddDays(-7), Token);
        var calendars = app.Services.GetRequiredService<IBusinessCalendarSource>();
        var before = contract.Timeline(await calendars.CurrentAsync(Token))!;
        var firstReminder = before.CancelByReminders(before.Term(1))[0];
        var calendar = before.Policy.Calendar;
        var closedDay = calendar.AddBusinessDays(firstReminder, 1);

        CalendarEditResult added;
        await using (var vendor = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin))
        {
            var draft = new CalendarAdjustmentDraft
            {
                Kind = CalendarAdjustmentKind.Closure, From = closedDay.ToDateTime(TimeOnly.MinValue), To = closedDay.ToDateTime(TimeOnly.MinValue), Name = "臨時休業",
            };
            added = await vendor.ServiceProvider.GetRequiredService<AdjustCalendar>().AddAsync("004", draft, Token);
        }

        var after = contract.Timeline(await calendars.CurrentAsync(Token))!;
        var moved = after.CancelByReminders(after.Term(1))[0];
        var reminders = app.Services.GetRequiredService<CancelByReminderService>();
        await reminders.RunOnceAsync(moved, Token);

        added.Problems.ShouldBeEmpty();
        moved.ShouldBe(calendar.AddBusinessDays(firstReminder, -1));
        after.Term(1).CancelByBusinessDay.ShouldBe(before.Term(1).CancelByBusinessDay);
        await using var db = app.CreateContext(TenantScope.System);
        var topic = CancelByReminderService.TopicOf(contract.Id, 1, moved);
        (await db.OutboundEmails.CountAsync(e => e.Topic == topic, Token)).ShouldBeGreaterThan(0);
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task Worklist_WhenTheVendorClosesTheLastBusinessDayBeforeCancelBy_WarnsOfTheBusinessDayBefore()
    {
        var contract = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.MinatoPartner, RenewalTestData.Today.AddDays(-9), Token);
        var calendars = app.Services.GetRequiredService<IBusinessCalendarSource>();
        var term = contract.Timeline(await calendars.CurrentAsync(Token))!.Term(1);

        await using (var vendor = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin))
        {
            var day = term.CancelByBusinessDay.ToDateTime(TimeOnly.MinValue);
            var draft = new CalendarAdjustmentDraft { Kind = CalendarAdjustmentKind.Closure, From = day, To = day, Name = "臨時休業" };
            (await vendor.ServiceProvider.GetRequiredService<AdjustCalendar>().AddAsync("004", draft, Token)).Problems.ShouldBeEmpty();
        }

        var outlook = RenewalOutlook.For(contract, await calendars.CurrentAsync(Token))!;

        outlook.CancelBy.ShouldBe(term.CancelBy);
        outlook.CancelByIsClosedDay.ShouldBeTrue();
        outlook.CancelByBusinessDay.ShouldBe(BusinessCalendars.SensorServiceDesk.OnOrBefore(term.CancelByBusinessDay.AddDays(-1)));
    }
}
