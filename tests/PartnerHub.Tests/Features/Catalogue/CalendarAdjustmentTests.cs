using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Auditing;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Features.Escalations;
using PartnerHub.Features.Logistics;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Catalogue;

// Its own hub: closing days of the 004 calendar moves the delivery promises the rest of the suite computes.
public sealed class CalendarAdjustmentTests(CatalogueHub app) : IClassFixture<CatalogueHub>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => CatalogueSteps.Today;

    private async Task<CalendarEditResult> AddAsync(string code, CalendarAdjustmentKind kind, DateOnly from, DateOnly? to, string name,
        TenantScope? scope = null, string role = HubRoles.VendorAdmin)
    {
        await using var services = app.ScopeFor(scope ?? TestScopes.VendorAdmin, role);
        var draft = new CalendarAdjustmentDraft { Kind = kind, From = from.ToDateTime(TimeOnly.MinValue), To = to?.ToDateTime(TimeOnly.MinValue), Name = name };
        return await services.ServiceProvider.GetRequiredService<AdjustCalendar>().AddAsync(code, draft, Token);
    }

    private async Task<CalendarEditResult> RemoveAsync(Guid id, TenantScope? scope = null, string role = HubRoles.VendorAdmin)
    {
        await using var services = app.ScopeFor(scope ?? TestScopes.VendorAdmin, role);
        return await services.ServiceProvider.GetRequiredService<AdjustCalendar>().RemoveAsync(id, Token);
    }

    private async Task<DeliveryEstimate> PromiseAsync(DateOnly from)
    {
        await using var services = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        return await services.ServiceProvider.GetRequiredService<DeliveryPromise>().EstimateAsync(from, 1, 10, Token);
    }

    /// <summary>A Monday far enough ahead that nothing else in the tests touches its week, and no holiday in it.</summary>
    private static DateOnly QuietMonday(int weeksAhead)
    {
        var day = Today.AddDays(7 * weeksAhead);
        while (day.DayOfWeek != DayOfWeek.Monday || Enumerable.Range(0, 14).Any(i => !BusinessCalendars.SensorServiceDesk.IsBusinessDay(day.AddDays(i)) && day.AddDays(i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    [Fact]
    public async Task Add_ClosureOfTheDeskCalendar_MovesTheDeliveryPromiseAtOnceAndRemovingItMovesItBack()
    {
        var monday = QuietMonday(20);
        var before = await PromiseAsync(monday);

        var added = await AddAsync("004", CalendarAdjustmentKind.Closure, monday.AddDays(1), monday.AddDays(2), "事務所移転に伴う臨時休業");
        var closed = await PromiseAsync(monday);
        var removed = await RemoveAsync(added.Id!.Value);
        var reopened = await PromiseAsync(monday);

        added.Problems.ShouldBeEmpty();
        closed.DeliveryOn.ShouldBe(BusinessCalendars.SensorServiceDesk.AddBusinessDays(before.DeliveryOn, 2));
        removed.Problems.ShouldBeEmpty();
        reopened.ShouldBe(before);
        await using var db = app.CreateContext(TenantScope.System);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(CalendarAdjustment) && a.EntityId == added.Id.Value.ToString()).ToListAsync(Token);
        audit.Select(a => a.Action).ShouldBe([AuditAction.Created, AuditAction.Deleted], ignoreOrder: true);
        audit.ShouldAllBe(a => a.UserName == TestScopes.VendorAdmin.UserName);
    }

    [Fact]
    [Trait("Article", "004 別紙3 §2-4")]
    public async Task Add_ClosureOnTheDueDay_MovesTheFirstAnswerDueOfAnOpenEscalation()
    {
        var opened = await EscalationTestData.EscalatedAsync(app, DemoOrganisations.MinatoPartner, Token);
        var before = await DueAsync(opened.CaseId);
        var dueDay = BusinessCalendar.TokyoDate(before);

        var added = await AddAsync("004", CalendarAdjustmentKind.Closure, dueDay, null, "臨時休業（窓口）");
        var after = await DueAsync(opened.CaseId);
        (await RemoveAsync(added.Id!.Value)).Problems.ShouldBeEmpty();

        added.Problems.ShouldBeEmpty();
        BusinessCalendar.TokyoDate(after).ShouldBe(BusinessCalendars.SensorServiceDesk.NextBusinessDay(dueDay));
        (await DueAsync(opened.CaseId)).ShouldBe(before);
    }

    private Task<DateTimeOffset> DueAsync(Guid caseId) =>
        EscalationTestData.AsDeskAsync(app, async s => (await s.GetRequiredService<EscalationQueries>().GetAsync(caseId, Token))!.Sla!.Due);

    [Fact]
    public async Task Add_HolidayByASpecialLaw_ClosesTheDayForTheCalendarOnly()
    {
        var monday = QuietMonday(30);
        await using var services = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        var directory = services.ServiceProvider.GetRequiredService<BusinessCalendarDirectory>();

        var added = await AddAsync("002", CalendarAdjustmentKind.HolidayAdded, monday, null, "特別法による休日");

        added.Problems.ShouldBeEmpty();
        (await directory.ForAsync("002", Token)).IsBusinessDay(monday).ShouldBeFalse();
        (await directory.ForAsync("002", Token)).Holidays.Find(monday)!.Name.ShouldBe("特別法による休日");
        (await directory.ForAsync("004", Token)).IsBusinessDay(monday).ShouldBeTrue();
    }

    [Fact]
    public async Task Add_BadEntries_AreRefusedWithTheirReasonsAndNothingIsStored()
    {
        var monday = QuietMonday(40);
        (await AddAsync("001", CalendarAdjustmentKind.Closure, monday, monday.AddDays(4), "研修のため休業")).Problems.ShouldBeEmpty();
        await using var db = app.CreateContext(TenantScope.System);
        int stored = await db.CalendarAdjustments.CountAsync(Token);

        (await AddAsync("001", CalendarAdjustmentKind.Closure, monday.AddDays(4), monday.AddDays(7), "重複")).Problems.ShouldBe(["Calendar_Problem_OverlapsAnother"]);
        (await AddAsync("001", CalendarAdjustmentKind.Closure, Today.AddDays(-3), Today.AddDays(-1), "過去")).Problems.ShouldBe(["Calendar_Problem_StartsInPast"]);
        (await AddAsync("001", CalendarAdjustmentKind.Closure, monday.AddDays(20), monday.AddDays(18), "逆")).Problems.ShouldBe(["Calendar_Problem_EndBeforeStart"]);
        (await AddAsync("001", CalendarAdjustmentKind.Closure, Today.AddYears(6), null, "遠い将来")).Problems.ShouldBe(["Calendar_Problem_TooFarAhead"]);
        (await AddAsync("001", CalendarAdjustmentKind.Closure, monday.AddDays(30), monday.AddDays(90), "長すぎる")).Problems.ShouldBe(["Calendar_Problem_ClosureTooLong"]);
        (await AddAsync("001", CalendarAdjustmentKind.HolidayRemoved, monday.AddDays(21), null, "移動")).Problems.ShouldBe(["Calendar_Problem_NotAHoliday"]);
        (await AddAsync("001", CalendarAdjustmentKind.Closure, monday.AddDays(21), null, " ")).Problems.ShouldBe(["Calendar_Problem_NameRequired"]);
        (await AddAsync("999", CalendarAdjustmentKind.Closure, monday.AddDays(21), null, "不明")).Problems.ShouldBe(["Calendar_Problem_UnknownCalendar"]);
        (await db.CalendarAdjustments.CountAsync(Token)).ShouldBe(stored);
    }

    [Theory]
    [InlineData(HubRoles.PartnerAdmin)]
    [InlineData(HubRoles.PartnerStaff)]
    [InlineData(HubRoles.Finance)]
    [InlineData(HubRoles.SecondLineDesk)]
    [InlineData(HubRoles.VendorOperations)]
    public async Task Adjust_RoleOtherThanVendorAdmin_IsRefused(string role)
    {
        var scope = HubRoles.KindOf(role) == OrganisationKind.Vendor ? TestScopes.VendorOperations : TestScopes.MinatoStaff;
        await using var db = app.CreateContext(TenantScope.System);
        var demo = await db.CalendarAdjustments.AsNoTracking().FirstAsync(a => a.CalendarCode == "000", Token);

        var added = await AddAsync("000", CalendarAdjustmentKind.Closure, QuietMonday(50), null, "権限のない登録", scope, role);
        var removed = await RemoveAsync(demo.Id, scope, role);

        added.Problems.ShouldBe(["Calendar_Problem_NotAllowed"]);
        removed.Problems.ShouldBe(["Calendar_Problem_NotAllowed"]);
        (await db.CalendarAdjustments.AnyAsync(a => a.Id == demo.Id, Token)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_partner_context_cannot_write_a_calendar_adjustment()
    {
        var (closure, _) = CalendarAdjustment.Record("004", BusinessCalendars.SensorServiceDesk, [], CalendarAdjustmentKind.Closure,
            QuietMonday(60), QuietMonday(60), "偽の休業", Today, TimeProvider.System.GetUtcNow(), "staff@minato.example");
        await using var db = app.CreateContext(TestScopes.MinatoStaff);
        db.CalendarAdjustments.Add(closure!);

        await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Token));
    }
}
