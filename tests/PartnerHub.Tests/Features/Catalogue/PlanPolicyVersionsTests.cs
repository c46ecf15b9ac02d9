using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Auditing;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Catalogue.Plans;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Catalogue;

// Issue 13: vendor administrators maintain the plans' policies as dated versions. Its own hub (shared with the calendar tests):
// versions of the sensor plan must not reach the contracts the rest of the suite makes.
public sealed class PlanPolicyVersionsTests(CatalogueHub app) : IClassFixture<CatalogueHub>
{
    private static readonly string Plan = ServicePlan.SensorService.Code;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => CatalogueSteps.Today;

    private static PlanPolicyDraft Draft(DateOnly from, string reminders = "30, 10") =>
        new()
        {
            EffectiveFrom = from.ToDateTime(TimeOnly.MinValue), TermMonths = 12, RenewalMonths = 12, HasNonRenewalNotice = true,
            NonRenewalNoticeCount = 3, NonRenewalNoticeUnit = PeriodUnit.Months, CalendarCode = "004", Reminders = reminders,
        };

    private async Task<T> AsAsync<T>(Func<ManagePlanPolicies, Task<T>> act, TenantScope? scope = null, string role = HubRoles.VendorAdmin)
    {
        await using var services = app.ScopeFor(scope ?? TestScopes.VendorAdmin, role);
        return await act(services.ServiceProvider.GetRequiredService<ManagePlanPolicies>());
    }

    private async Task<PlanPolicyVersion> StoredAsync(Guid id)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.PlanPolicyVersions.AsNoTracking().SingleAsync(v => v.Id == id, Token);
    }

    private async Task<PlanPolicySet> PoliciesAsync()
    {
        await using var services = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        return await services.ServiceProvider.GetRequiredService<IPlanPolicySource>().CurrentAsync(Token);
    }

    [Fact]
    public async Task FirstStart_StoresEachPlansBuiltInPolicyAsItsFirstVersion()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var first = await db.PlanPolicyVersions.AsNoTracking().Where(v => v.EffectiveFrom == BuiltInPlanPolicies.Since).ToListAsync(Token);

        first.Select(v => v.PlanCode).Order().ShouldBe(ServicePlan.All.Select(p => p.Code).Order());
        first.ShouldAllBe(v => v.Settings.Problems().Count == 0);
        var builtIn = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(Plan));
        var stored = first.Single(v => v.PlanCode == Plan).Settings;
        stored.CancelByReminderBusinessDays.ShouldBe(builtIn.CancelByReminderBusinessDays);
        (stored with { CancelByReminderBusinessDays = builtIn.CancelByReminderBusinessDays }).ShouldBe(builtIn);
    }

    [Fact]
    public async Task Schedule_FutureVersion_IsStoredAuditedAndAppliesFromItsDateOnly()
    {
        var from = Today.AddDays(200);

        var result = await AsAsync(m => m.ScheduleAsync(Plan, Draft(from)));

        result.Problems.ShouldBeEmpty();
        var stored = await StoredAsync(result.Id!.Value);
        stored.Settings.NonRenewalNotice.ShouldBe(NoticePeriod.Months(3));
        stored.Settings.CancelByReminderBusinessDays.ShouldBe([30, 10]);
        var policies = await PoliciesAsync();
        policies.VersionInForce(Plan, from)!.Id.ShouldBe(stored.Id);
        policies.VersionInForce(Plan, Today)!.Id.ShouldNotBe(stored.Id);
        policies.InForce(Plan, from.AddDays(-1)).NonRenewalNotice.ShouldBe(ServicePlanPolicy.ForPlan(Plan).NonRenewalNotice);
        await using var db = app.CreateContext(TenantScope.System);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(PlanPolicyVersion) && a.EntityId == stored.Id.ToString()).ToListAsync(Token);
        audit.Select(a => a.Action).ShouldBe([AuditAction.Created]);
        audit.Single().UserName.ShouldBe(TestScopes.VendorAdmin.UserName);
    }

    [Fact]
    public async Task Schedule_StartingTodayOrEarlier_IsRefusedAndNothingIsStored()
    {
        await using var db = app.CreateContext(TenantScope.System);
        int before = await db.PlanPolicyVersions.CountAsync(Token);

        (await AsAsync(m => m.ScheduleAsync(Plan, Draft(Today)))).Problems.ShouldBe(["PlanPolicy_Problem_StartNotInFuture"]);
        (await AsAsync(m => m.ScheduleAsync(Plan, Draft(Today.AddDays(-30))))).Problems.ShouldBe(["PlanPolicy_Problem_StartNotInFuture"]);

        (await db.PlanPolicyVersions.CountAsync(Token)).ShouldBe(before);
    }

    [Fact]
    public async Task Schedule_BadSettings_AreRefusedWithTheirReasons()
    {
        var from = Today.AddDays(210);

        (await AsAsync(m => m.ScheduleAsync(Plan, Draft(from, "20, 五")))).Problems.ShouldBe(["PlanPolicy_Problem_RemindersNotNumbers"]);
        (await AsAsync(m => m.ScheduleAsync(Plan, Draft(from, "90")))).Problems.ShouldBe(["PlanPolicy_Problem_RemindersOutOfRange"]);
        var noDate = Draft(from);
        noDate.EffectiveFrom = null;
        (await AsAsync(m => m.ScheduleAsync(Plan, noDate))).Problems.ShouldBe(["PlanPolicy_Problem_DateRequired"]);
        var tooLong = Draft(from);
        tooLong.NonRenewalNoticeCount = 13;
        (await AsAsync(m => m.ScheduleAsync(Plan, tooLong))).Problems.ShouldBe(["PlanPolicy_Problem_NoticeOutOfRange"]);
        (await AsAsync(m => m.ScheduleAsync("NO-SUCH", Draft(from)))).Problems.ShouldBe(["PlanPolicy_Problem_PlanWithoutPolicy"]);
    }

    [Fact]
    public async Task Revise_ScheduledVersion_ReplacesItsSettingsAndIsAudited()
    {
        var scheduled = await AsAsync(m => m.ScheduleAsync(Plan, Draft(Today.AddDays(220))));
        var stored = await StoredAsync(scheduled.Id!.Value);

        var revised = await AsAsync(m => m.ReviseAsync(stored.Id, stored.Version, Draft(Today.AddDays(999), "15")));

        revised.Problems.ShouldBeEmpty();
        var after = await StoredAsync(stored.Id);
        after.Settings.CancelByReminderBusinessDays.ShouldBe([15]);
        after.EffectiveFrom.ShouldBe(Today.AddDays(220));
        (await AsAsync(m => m.ReviseAsync(stored.Id, stored.Version, Draft(Today.AddDays(220), "7")))).Problems.ShouldBe(["PlanPolicy_Problem_Conflict"]);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityId == stored.Id.ToString() && a.Action == AuditAction.Updated, Token)).ShouldBe(1);
    }

    [Fact]
    public async Task Withdraw_ScheduledVersion_LetsTheVersionBeforeRunOn()
    {
        var from = Today.AddDays(230);
        var scheduled = await AsAsync(m => m.ScheduleAsync(Plan, Draft(from)));
        var stored = await StoredAsync(scheduled.Id!.Value);

        var withdrawn = await AsAsync(m => m.WithdrawAsync(stored.Id, stored.Version));

        withdrawn.Problems.ShouldBeEmpty();
        (await StoredAsync(stored.Id)).WithdrawnAt.ShouldNotBeNull();
        (await PoliciesAsync()).VersionInForce(Plan, from)!.Id.ShouldNotBe(stored.Id);
        var again = await StoredAsync(stored.Id);
        (await AsAsync(m => m.WithdrawAsync(again.Id, again.Version))).Problems.ShouldBe(["PlanPolicy_Problem_NotScheduled"]);
    }

    [Fact]
    public async Task Revise_VersionInForce_IsRefusedAsReadOnly()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var first = await db.PlanPolicyVersions.AsNoTracking().FirstAsync(v => v.PlanCode == Plan && v.EffectiveFrom == BuiltInPlanPolicies.Since, Token);

        (await AsAsync(m => m.ReviseAsync(first.Id, first.Version, Draft(Today.AddDays(10))))).Problems.ShouldBe(["PlanPolicy_Problem_NotScheduled"]);
        (await AsAsync(m => m.WithdrawAsync(first.Id, first.Version))).Problems.ShouldBe(["PlanPolicy_Problem_NotScheduled"]);
    }

    [Theory]
    [InlineData(HubRoles.VendorOperations)]
    [InlineData(HubRoles.PartnerAdmin)]
    [InlineData(HubRoles.PartnerStaff)]
    public async Task Schedule_ByAnyoneButAVendorAdministrator_IsRefused(string role)
    {
        var scope = role == HubRoles.VendorOperations ? TestScopes.VendorOperations : TestScopes.MinatoStaff;

        var result = await AsAsync(m => m.ScheduleAsync(Plan, Draft(Today.AddDays(240))), scope, role);

        result.Problems.ShouldBe(["PlanPolicy_Problem_NotAllowed"]);
    }
}
