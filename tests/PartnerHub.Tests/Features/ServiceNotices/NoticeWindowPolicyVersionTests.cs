using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Features.Catalogue.Plans;
using PartnerHub.Features.Contracts.Ending;
using PartnerHub.Features.ServiceNotices;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Features.Catalogue;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.ServiceNotices;

/// <summary>
/// Issue 13: the cancellation window a terms change opens is the one of each contract's own policy version, not the plan's
/// built-in policy. Its own hub: it stores a UTM policy version and closes a day of the 002 calendar.
/// </summary>
public sealed class NoticeWindowPolicyVersionTests(CatalogueHub app) : IClassFixture<CatalogueHub>
{
    private static readonly string Plan = ServicePlan.ChamberUtm.Code;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => CatalogueSteps.Today;

    [Fact]
    [Trait("Article", "002 §12-5")]
    public async Task CancellationWindows_ContractsUnderTheFirstAndALaterVersion_EachGetTheWindowOfTheirOwnPolicy()
    {
        // 002 §12-5: two months from the notice, rolled back to a business day. The later version no longer rolls back; the
        // vendor closes the last day, so the two policies end the window on different days whatever weekday it falls on.
        var builtIn = ServicePlanPolicy.ForPlan(Plan);
        var lastDay = TermsChangeCancellationWindow.Deadline(builtIn with { NoticeDeadlineRollsBack = false }, Today)!.Value;
        if (BusinessCalendars.ChamberUtm.IsBusinessDay(lastDay))
        {
            await CloseAsync("002", lastDay);
        }

        var laterFrom = Today.AddDays(-200);
        var later = await StoreVersionAsync(laterFrom, PlanPolicySettings.Of(builtIn) with { NoticeDeadlineRollsBack = false });
        var first = await FirstVersionAsync();
        var underFirst = await OrderedContractAsync(first, Today.AddDays(-300));
        var underLater = await OrderedContractAsync(later, Today.AddDays(-100));
        var noticeId = await ServiceNoticeTestData.PublishAsync(app, new NoticeContent(ServiceNoticeType.TermsChange, "UTM 利用規約改定 " + Guid.NewGuid().ToString("N")[..6],
            null, "利用規約を改定します。", null, Today.AddDays(40), null, null, null, "第12条を改定します。", null, null), underFirst.CustomerId, underLater.CustomerId);

        var windows = await WindowsAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, noticeId);

        windows.Count.ShouldBe(2);
        windows.ShouldAllBe(w => w.PlanCode == Plan && w.Window != null && w.Window.OpensOn == Today && !w.Window.UntilEffectiveDate);
        var calendars = await app.Services.GetRequiredService<IBusinessCalendarSource>().CurrentAsync(Token);
        windows[0].VersionFrom.ShouldBeNull();
        windows[0].Window!.ClosesOn.ShouldBe(calendars.Adjusted(BusinessCalendars.ChamberUtm).OnOrBefore(lastDay));
        windows[0].Window!.ClosesOn.ShouldBeLessThan(lastDay);
        windows[1].VersionFrom.ShouldBe(laterFrom);
        windows[1].Window!.ClosesOn.ShouldBe(lastDay);
        (await WindowsAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, noticeId)).ShouldBe(windows);
        // The contract page offers the same window for the contract under the later version.
        await using var partner = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        (await partner.ServiceProvider.GetRequiredService<TermsChangeNotices>().ForContractAsync(underLater, Token))
            .Single(o => o.NoticeId == noticeId).Window.ClosesOn.ShouldBe(lastDay);
    }

    private async Task<IReadOnlyList<PlanWindowRow>> WindowsAsync(TenantScope user, string role, Guid noticeId)
    {
        await using var scope = app.ScopeFor(user, role);
        var notice = (await scope.ServiceProvider.GetRequiredService<ServiceNoticeQueries>().GetAsync(noticeId, Token)).ShouldNotBeNull();
        return await scope.ServiceProvider.GetRequiredService<NoticeContractQueries>().CancellationWindowsAsync(notice, Token);
    }

    private async Task CloseAsync(string calendarCode, DateOnly day)
    {
        await using var vendor = app.ScopeFor(TestScopes.VendorAdmin, HubRoles.VendorAdmin);
        var date = day.ToDateTime(TimeOnly.MinValue);
        var draft = new CalendarAdjustmentDraft { Kind = CalendarAdjustmentKind.Closure, From = date, To = date, Name = "臨時休業" };
        (await vendor.ServiceProvider.GetRequiredService<AdjustCalendar>().AddAsync(calendarCode, draft, Token)).Problems.ShouldBeEmpty();
    }

    private async Task<PlanPolicyVersion> FirstVersionAsync()
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.PlanPolicyVersions.AsNoTracking().SingleAsync(v => v.PlanCode == Plan && v.EffectiveFrom == BuiltInPlanPolicies.Since, Token);
    }

    // A version the vendor scheduled long ago, in force since `from` (scheduling refuses a start of today or earlier).
    private async Task<PlanPolicyVersion> StoreVersionAsync(DateOnly from, PlanPolicySettings settings)
    {
        var at = TimeProvider.System.GetUtcNow().AddDays(-230);
        var version = PlanPolicyVersion.Schedule(Guid.NewGuid(), Plan, from, settings, [], from.AddDays(-30), at, "admin@vendor.example").Version.ShouldNotBeNull();
        await using var db = app.CreateContext(TenantScope.System);
        db.PlanPolicyVersions.Add(version);
        await db.SaveChangesAsync(Token);
        return version;
    }

    // A new Minato customer with a UTM order made on `orderedOn` under `version` (the contract keeps its settings).
    private async Task<ServiceContract> OrderedContractAsync(PlanPolicyVersion version, DateOnly orderedOn)
    {
        var at = TimeProvider.System.GetUtcNow();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var partnerId = DemoOrganisations.MinatoPartner;
        var customer = new Customer(Guid.NewGuid(), partnerId, "株式会社版別窓口テスト" + suffix, "ハンベツマドグチテスト",
            new ServiceContact("佐藤 花子", "サトウ ハナコ", "sato@test.example", "03-1111-2222", "情報システム部"), at);
        var contract = new ServiceContract(Guid.NewGuid(), $"C-PV-{suffix}", partnerId, customer.Id, Plan, 1, new Yen(79_200), null, orderedOn, at, "test",
            new Yen(63_360), version);
        await using var db = app.CreateContext(TenantScope.System);
        db.Customers.Add(customer);
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(Token);
        return contract;
    }
}
