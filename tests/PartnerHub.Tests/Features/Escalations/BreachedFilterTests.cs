using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Escalations;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Catalogue.Calendars;
using PartnerHub.Features.Escalations;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Escalations;

/// <summary>
/// "Breached only" is a SQL filter on the stored due time: it must return exactly the cases the desk's clock calls
/// breached, whatever state the case is in, and the stored time must follow every change and the start-up backfill.
/// </summary>
public class BreachedFilterTests(HubAppFactory app)
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BreachedAt_CasesInEveryState_SelectsExactlyWhatTheClockCallsBreached()
    {
        var (marker, clock) = await StoreCasesInEveryStateAsync();
        await using var db = app.CreateContext(TenantScope.System);
        var cases = await db.SupportCases.AsNoTracking().Where(c => c.Subject == marker).WithHistory().ToListAsync(Token);
        cases.Count.ShouldBe(Scenarios().Count());
        var last = cases.Max(c => c.Events[^1].At);

        foreach (var later in new[] { 0, 1, 3, 7, 26, 60, 24 * 4, 24 * 12 })
        {
            var now = last.AddHours(later);
            var inSql = await db.SupportCases.Where(c => c.Subject == marker).Where(SupportCase.BreachedAt(now)).Select(c => c.Id).ToListAsync(Token);
            var byClock = cases.Where(c => c.EvaluateSla(clock, now)?.State == SlaState.Breached).Select(c => c.Id);

            inSql.ShouldBe(byClock, ignoreOrder: true, $"at {now:O}");
        }

        cases.Count(c => c.EvaluateSla(clock, last.AddHours(24 * 12))?.State == SlaState.Breached).ShouldBeGreaterThan(0);
        cases.Count(c => c.EvaluateSla(clock, last.AddHours(24 * 12))?.State is SlaState.Met or SlaState.Paused).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ListAsync_BreachedOnly_ListsTheBreachedCasesAndNoOther()
    {
        var (marker, _) = await StoreCasesInEveryStateAsync();
        await using var scope = app.ScopeFor(EscalationTestData.Desk, HubRoles.SecondLineDesk);
        var queries = scope.ServiceProvider.GetRequiredService<EscalationQueries>();

        var breached = await queries.ListAsync(new CaseQueueQuery(null, null, null, false, BreachedOnly: true, OpenOnly: false, 0, 1000), Token);
        var all = await queries.ListAsync(new CaseQueueQuery(null, null, null, false, BreachedOnly: false, OpenOnly: false, 0, 1000), Token);

        breached.Items.ShouldNotBeEmpty();
        breached.Items.ShouldAllBe(c => c.Sla != null && c.Sla.State == SlaState.Breached);
        var ours = all.Items.Where(c => c.Subject == marker).ToList();
        breached.Items.Where(c => c.Subject == marker).Select(c => c.Id)
            .ShouldBe(ours.Where(c => c.Sla?.State == SlaState.Breached).Select(c => c.Id), ignoreOrder: true);
        breached.TotalCount.ShouldBe(breached.Items.Count);
    }

    [Fact]
    public async Task CaseWork_EscalateAndAnswer_StampsTheClocksDueTime()
    {
        var opened = await EscalationTestData.EscalatedAsync(app, DemoOrganisations.HokurikuPartner, Token);
        var clock = await app.Services.GetRequiredService<BusinessCalendarDirectory>().DeskSlaClockAsync(Token);
        var escalated = await LoadAsync(opened.CaseId);
        escalated.FirstAnswerDueAt.ShouldNotBeNull();
        escalated.FirstAnswerDueAt.Value.ShouldBe(escalated.EvaluateSla(clock, escalated.EscalatedAt!.Value)!.Due, TimeSpan.FromMilliseconds(1));

        (await EscalationTestData.AsDeskAsync(app, services => services.GetRequiredService<CaseWork>().AssignAsync(opened.CaseId, null, Token))).Problem.ShouldBeNull();
        (await EscalationTestData.AsDeskAsync(app, services =>
            services.GetRequiredService<CaseWork>().MoveAsync(opened.CaseId, SupportCaseStatus.WaitingForCustomer, "ログの提供待ち", Token))).Problem.ShouldBeNull();
        (await LoadAsync(opened.CaseId)).FirstAnswerDueAt.ShouldBeNull(); // paused with time left

        (await EscalationTestData.AsDeskAsync(app, services =>
            services.GetRequiredService<CaseWork>().RecordFirstAnswerAsync(opened.CaseId, AnswerChannel.Phone, Token))).Problem.ShouldBeNull();
        var answered = await LoadAsync(opened.CaseId);
        answered.FirstAnswerDueAt!.Value.ShouldBe(answered.EvaluateSla(clock, answered.FirstAnsweredAt!.Value)!.Due, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Backfill_CasesWithoutAStamp_AreStampedAtStartUp()
    {
        var (marker, clock) = await StoreCasesInEveryStateAsync();
        await using (var db = app.CreateContext(TenantScope.System))
        {
            // As the column arrived: every case escalated before it has no due time.
            await db.SupportCases.Where(c => c.Subject == marker).ExecuteUpdateAsync(u => u.SetProperty(c => c.FirstAnswerDueAt, (DateTimeOffset?)null), Token);
        }

        foreach (var repair in app.Services.GetServices<IDataRepair>())
        {
            await repair.RepairAsync(Token);
        }

        await using var check = app.CreateContext(TenantScope.System);
        var cases = await check.SupportCases.AsNoTracking().Where(c => c.Subject == marker).WithHistory().ToListAsync(Token);
        foreach (var c in cases)
        {
            var expected = c.EscalatedAt is null ? null : c.EvaluateSla(clock, c.Events[^1].At) is { } sla && (sla.State != SlaState.Paused || sla.Due <= c.Events[^1].At) ? sla.Due : (DateTimeOffset?)null;
            // To the millisecond: SQLite keeps instants to 100 µs.
            (c.FirstAnswerDueAt?.UtcTicks / TimeSpan.TicksPerMillisecond).ShouldBe(expected?.UtcTicks / TimeSpan.TicksPerMillisecond, c.Number);
        }

        cases.Count(c => c.FirstAnswerDueAt != null).ShouldBeGreaterThan(cases.Count / 2);
    }

    private async Task<SupportCase> LoadAsync(Guid id)
    {
        await using var db = app.CreateContext(TenantScope.System);
        return await db.SupportCases.AsNoTracking().Where(c => c.Id == id).WithHistory().SingleAsync(Token);
    }

    // One case per scenario, all with the same subject (the test's marker), escalated on weekdays and weekends in the past,
    // stored as CaseWork stores them: changed through the aggregate, stamped, saved.
    private async Task<(string Marker, SlaClock Clock)> StoreCasesInEveryStateAsync()
    {
        var marker = "SLA-" + Guid.NewGuid().ToString("N")[..12];
        var clock = await app.Services.GetRequiredService<BusinessCalendarDirectory>().DeskSlaClockAsync(Token);
        await using var db = app.CreateContext(TenantScope.System);
        var customer = await db.Customers.AsNoTracking().Where(c => c.PartnerId == DemoOrganisations.HokurikuPartner).OrderBy(c => c.NameKana).FirstAsync(Token);
        var template = await db.HearingSheetTemplates.AsNoTracking().OrderByDescending(t => t.VersionNumber).FirstAsync(Token);
        int n = 0;
        foreach (var (escalatedAt, steps) in Scenarios())
        {
            var caller = CallerVerification.Check(customer.ServiceContact, customer.ServiceContact.Name, customer.ServiceContact.Phone, null,
                VerificationMethod.RegisteredPhoneMatch, escalatedAt.AddMinutes(-30), "staff@hokuriku.example");
            var c = new SupportCase(Guid.NewGuid(), $"{marker}-{++n:D2}", customer.PartnerId, customer.Id, marker, caller, UnregisteredCallerPolicy.Refuse,
                escalatedAt.AddMinutes(-30), "staff@hokuriku.example");
            c.FillHearingSheet(template, EscalationTestData.ValidSheet().Where(a => template.Question(a.Key) is not null).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
                TlpMarking.Amber, escalatedAt.AddMinutes(-20), "staff@hokuriku.example").ShouldBeEmpty();
            c.Escalate(escalatedAt, "staff@hokuriku.example").ShouldBeTrue();
            var at = escalatedAt;
            foreach (var (step, after) in steps)
            {
                at += after;
                step(c, at).ShouldBeTrue($"{c.Number} at {at:O}");
            }

            c.StampFirstAnswerDue(clock);
            db.SupportCases.Add(c);
        }

        await db.SaveChangesAsync(Token);
        return (marker, clock);
    }

    private static IEnumerable<(DateTimeOffset EscalatedAt, (Func<SupportCase, DateTimeOffset, bool> Step, TimeSpan After)[] Steps)> Scenarios()
    {
        var monday = new DateTimeOffset(2026, 11, 30, 10, 0, 0, Jst);
        var friday = new DateTimeOffset(2026, 11, 27, 18, 30, 0, Jst);
        var saturday = new DateTimeOffset(2026, 11, 28, 11, 0, 0, Jst);
        foreach (var escalatedAt in new[] { monday, friday, saturday })
        {
            yield return (escalatedAt, []);
            yield return (escalatedAt, [(Start, TimeSpan.FromMinutes(10))]);
            yield return (escalatedAt, [(Start, TimeSpan.FromMinutes(10)), (Answer, TimeSpan.FromHours(2))]);
            yield return (escalatedAt, [(Start, TimeSpan.FromMinutes(10)), (Answer, TimeSpan.FromDays(4))]);
            yield return (escalatedAt, [(Start, TimeSpan.FromMinutes(10)), (Wait, TimeSpan.FromHours(1))]);
            yield return (escalatedAt, [(Start, TimeSpan.FromMinutes(10)), (Wait, TimeSpan.FromDays(3))]);
            yield return (escalatedAt, [(Start, TimeSpan.FromMinutes(10)), (Wait, TimeSpan.FromHours(1)), (Resume, TimeSpan.FromDays(2))]);
            yield return (escalatedAt, [(Start, TimeSpan.FromMinutes(10)), (Close, TimeSpan.FromHours(3))]);
        }
    }

    private static bool Start(SupportCase c, DateTimeOffset at) => c.StartWork(at, "desk@vendor.example");

    private static bool Answer(SupportCase c, DateTimeOffset at) => c.RecordFirstAnswer(at, AnswerChannel.Phone, "desk@vendor.example");

    private static bool Wait(SupportCase c, DateTimeOffset at) => c.WaitForCustomer("ログの提供待ち", at, "desk@vendor.example");

    private static bool Resume(SupportCase c, DateTimeOffset at) => c.Resume(at, "desk@vendor.example");

    private static bool Close(SupportCase c, DateTimeOffset at) => c.Close(at, "desk@vendor.example", "お客様の了承を得て終了");
}
