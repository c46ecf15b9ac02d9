using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Contracts.Renewals;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts.Renewals;

/// <summary>The daily renewal run rolls due contracts forward once, ends noticed ones, and its report shows both.</summary>
public class RenewalRunTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task RunAsync_WhenTermsEnded_RenewsDueContractsOnceAndEndsNoticedOnes()
    {
        var today = RenewalTestData.Today;
        var due = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.MinatoPartner, today.AddMonths(-13), Token);
        var missedTwice = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.MinatoPartner, today.AddMonths(-25), Token);
        var notYet = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.MinatoPartner, today.AddMonths(-6), Token);
        var noticed = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.HokurikuPartner, today.AddMonths(-13), Token, noticeOn: today.AddMonths(-6));
        var run = app.Services.GetRequiredService<RenewalRun>();

        await run.RunAsync(today, Token);
        await run.RunAsync(today, Token);

        var renewed = await RenewalTestData.LoadAsync(app, due.Id, Token);
        renewed.CurrentTerm.ShouldBe(2);
        renewed.CurrentTermEndsOn.ShouldBe(renewed.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(2).End);
        renewed.Events.Count(e => e.Kind == ContractEventKind.Renewed && e.By == RenewalRun.By).ShouldBe(1);
        var caughtUp = await RenewalTestData.LoadAsync(app, missedTwice.Id, Token);
        caughtUp.CurrentTerm.ShouldBe(3);
        caughtUp.Events.Count(e => e.Kind == ContractEventKind.Renewed).ShouldBe(2);
        (await RenewalTestData.LoadAsync(app, notYet.Id, Token)).CurrentTerm.ShouldBe(1);
        // 004 §4-4: a notice in time ends the service at the end of the term.
        var ended = await RenewalTestData.LoadAsync(app, noticed.Id, Token);
        ended.Status.ShouldBe(ContractStatus.Ended);
        ended.ServiceEndedOn.ShouldBe(noticed.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1).End);
        ended.Events.Count(e => e.Kind == ContractEventKind.Renewed).ShouldBe(0);
    }

    [Fact]
    [Trait("Article", "004 §4-5")]
    public async Task RunAsync_WhenAnEarlyEndsLastDayPassedMidTerm_TerminatesTheContract()
    {
        var today = RenewalTestData.Today;
        var contract = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.HokurikuPartner, today.AddMonths(-6), Token);
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var stored = await db.Contracts.SingleAsync(c => c.Id == contract.Id, Token);
            stored.ScheduleEnd(today.AddDays(-3), TerminationCause.CustomerConvenience, today.AddDays(-40), "事業所の統合", today.AddDays(-40),
                TimeProvider.System.GetUtcNow(), "test").ShouldBeNull();
            await db.SaveChangesAsync(Token);
        }

        await app.Services.GetRequiredService<RenewalRun>().RunAsync(today, Token);

        var ended = await RenewalTestData.LoadAsync(app, contract.Id, Token);
        ended.Status.ShouldBe(ContractStatus.Terminated);
        ended.ServiceEndedOn.ShouldBe(today.AddDays(-3));
        ended.Events.ShouldContain(e => e.Status == ContractStatus.Terminated && e.By == RenewalRun.By);
    }

    [Fact]
    public async Task RunAsync_TwoRunsAtOnce_RenewEachDueContractExactlyOnce()
    {
        var today = RenewalTestData.Today;
        var contracts = new List<ServiceContract>();
        for (int i = 0; i < 8; i++)
        {
            contracts.Add(await RenewalTestData.DeliveredAsync(app, i % 2 == 0 ? DemoOrganisations.MinatoPartner : DemoOrganisations.SakuraPartner,
                today.AddMonths(-13).AddDays(-i), Token));
        }

        var run = app.Services.GetRequiredService<RenewalRun>();

        // Two instances (or "run now" during the timer's round) over the same rows: the version check makes one of them
        // decide again on the stored row, which by then needs nothing.
        var results = await Task.WhenAll(run.RunAsync(today, Token), run.RunAsync(today, Token), run.RunAsync(today, Token));

        results.ShouldAllBe(r => r.Failed == 0);
        foreach (var contract in contracts)
        {
            var stored = await RenewalTestData.LoadAsync(app, contract.Id, Token);
            stored.CurrentTerm.ShouldBe(2);
            stored.Events.Count(e => e.Kind == ContractEventKind.Renewed).ShouldBe(1, $"{stored.Number} renewed once");
        }
    }

    [Fact]
    public async Task RunAsync_WhileAnotherWriterHoldsAStaleCopy_TheStaleRenewalIsRefusedByTheVersion()
    {
        var today = RenewalTestData.Today;
        var contract = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.MinatoPartner, today.AddMonths(-13), Token);
        await using var stale = app.CreateContext(TenantScope.System);
        var copy = await stale.Contracts.SingleAsync(c => c.Id == contract.Id, Token);

        await app.Services.GetRequiredService<RenewalRun>().RunAsync(today, Token);
        copy.RollForward(today, TimeProvider.System.GetUtcNow(), RenewalRun.By).Renewals.ShouldBe(1);

        // The second writer decided on the row as it was before the run: its save must fail, not renew a second time.
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync(Token));
        await using var fresh = app.CreateContext(TenantScope.System);
        var reloaded = await fresh.Contracts.SingleAsync(c => c.Id == contract.Id, Token);
        reloaded.RollForward(today, TimeProvider.System.GetUtcNow(), RenewalRun.By).Changed.ShouldBeFalse();
        (await RenewalTestData.LoadAsync(app, contract.Id, Token)).Events.Count(e => e.Kind == ContractEventKind.Renewed).ShouldBe(1);
    }

    [Fact]
    public async Task ListAsync_AfterARun_ReportsTheNewTermWithItsFeeAndTheEnd()
    {
        var today = RenewalTestData.Today;
        var due = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.SakuraPartner, today.AddMonths(-13), Token, annualFee: 612_345);
        var noticed = await RenewalTestData.DeliveredAsync(app, DemoOrganisations.SakuraPartner, today.AddMonths(-13), Token, noticeOn: today.AddMonths(-7));
        await app.Services.GetRequiredService<RenewalRun>().RunAsync(today, Token);
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<RenewalRunQueries>();

        var report = await queries.ListAsync(new RenewalRunFilter(PartnerId: DemoOrganisations.SakuraPartner), new ListRequest(0, 200), Token);

        report.TotalCount.ShouldBeGreaterThanOrEqualTo(2);
        var renewal = report.Items.Where(i => i.ContractId == due.Id).ShouldHaveSingleItem();
        var term2 = due.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(2);
        renewal.Entry.ShouldBe(RenewalRunEntryKind.Renewed);
        renewal.Term.ShouldBe(2);
        renewal.TermStart.ShouldBe(term2.Start);
        renewal.TermEnd.ShouldBe(term2.End);
        renewal.AnnualFee.ShouldBe(612_345);
        renewal.RunDay.ShouldBe(today);
        var end = report.Items.Where(i => i.ContractId == noticed.Id).ShouldHaveSingleItem();
        end.Entry.ShouldBe(RenewalRunEntryKind.Ended);
        end.Status.ShouldBe(ContractStatus.Ended);
        report.Items.ShouldAllBe(i => i.PartnerName == report.Items[0].PartnerName);
    }

    [Fact]
    public async Task ListAsync_DemoData_HasTheSeededEndsOfTheRun()
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<RenewalRunQueries>();

        var report = await queries.ListAsync(new RenewalRunFilter(PartnerId: DemoOrganisations.MinatoPartner, Kind: RenewalRunEntryKind.Ended), new ListRequest(0, 200), Token);

        report.Items.ShouldContain(i => i.Status == ContractStatus.Ended);
        report.Items.ShouldContain(i => i.Status == ContractStatus.Terminated);
    }
}
