using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Devices.Health;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

/// <summary>After the service ends (004 §4-4) the appliance is no longer watched and its records no longer belong to the contract.</summary>
public class ServiceEndTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    public async Task Ingest_AfterTheServiceEnded_StoresTheRecordsWithoutTheContractOrPartner()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Heartbeat(deployment.Serial, now.AddMinutes(-2), 3600)), Token);
        await EndServiceAsync(deployment.ContractId);

        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Heartbeat(deployment.Serial, now, 3720)), Token);

        await using var db = app.CreateContext(TenantScope.System);
        var events = await db.SensorEvents.Where(e => e.ApplianceSerial == deployment.Serial).OrderBy(e => e.ObservedAt).ToListAsync(Token);
        events.Count.ShouldBe(2);
        events[0].ContractId.ShouldBe(deployment.ContractId);
        events[1].ContractId.ShouldBeNull();
        events[1].PartnerId.ShouldBeNull();
        await using var partner = app.CreateContext(TestScopes.MinatoStaff);
        (await partner.SensorEvents.CountAsync(e => e.ApplianceSerial == deployment.Serial, Token)).ShouldBe(1);
    }

    [Fact]
    public async Task Evaluate_AfterTheServiceEnded_NeitherMarksTheApplianceOfflineNorTellsAnyone()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Heartbeat(deployment.Serial, now, 3600)), Token);
        await EndServiceAsync(deployment.ContractId);
        // Twenty silent minutes pass only after the end, so another test's evaluation in between finds nothing to mark offline.
        await using (var clock = app.CreateContext(TenantScope.System))
        {
            await clock.DeviceHealths.Where(h => h.ApplianceId == deployment.ApplianceId)
                .ExecuteUpdateAsync(set => set.SetProperty(h => h.LastSeenAt, now.AddMinutes(-20)), Token);
        }

        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.DeviceHealths.SingleAsync(h => h.ApplianceId == deployment.ApplianceId, Token)).State.ShouldNotBe(DeviceState.Offline);
        (await db.OutboundEmails.CountAsync(e => e.Body.Contains(deployment.Serial), Token)).ShouldBe(0);
    }

    [Fact]
    public async Task DeviceDetail_AfterTheServiceEnded_SaysSoWithTheLastDay()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        await EndServiceAsync(deployment.ContractId);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, PartnerHub.Domain.Partners.HubRoles.PartnerStaff);

        var detail = await scope.ServiceProvider.GetRequiredService<DeviceQueries>().GetAsync(deployment.ApplianceId, Token);

        detail.ShouldNotBeNull().Summary.ServiceEndedOn.ShouldBe(Today);
    }

    // The customer cancels with today as the last day; the renewal run ends the contract the next day.
    private async Task EndServiceAsync(Guid contractId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var contract = await db.Contracts.Include(c => c.Events).SingleAsync(c => c.Id == contractId, Token);
        var at = TimeProvider.System.GetUtcNow();
        contract.ScheduleEnd(Today, TerminationCause.CustomerConvenience, Today, "test", Today, at, "test").ShouldBeNull();
        contract.End(Today.AddDays(1), at, "renewal-run").ShouldBeNull();
        contract.Status.ShouldBe(ContractStatus.Terminated);
        await db.SaveChangesAsync(Token);
    }
}

public class ServiceEndNoticeTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    [Trait("Article", "004 §4-4")]
    public async Task RunOnce_WhenAContractHasEnded_TellsThePartnersStaffOnceWithTheReturnAndDeletionDates()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.HokurikuPartner, Token);
        await using (var db = app.CreateContext(TenantScope.System))
        {
            var contract = await db.Contracts.Include(c => c.Events).SingleAsync(c => c.Id == deployment.ContractId, Token);
            var at = TimeProvider.System.GetUtcNow();
            contract.ScheduleEnd(Today.AddDays(-2), TerminationCause.CustomerConvenience, Today.AddDays(-2), "test", Today.AddDays(-2), at, "test").ShouldBeNull();
            contract.End(Today.AddDays(-1), at, "renewal-run").ShouldBeNull();
            await db.SaveChangesAsync(Token);
        }

        var notices = app.Services.GetRequiredService<PartnerHub.Features.Contracts.Ending.ServiceEndNotices>();
        await notices.RunOnceAsync(Token);
        await notices.RunOnceAsync(Token);

        await using var check = app.CreateContext(TenantScope.System);
        var topic = PartnerHub.Features.Contracts.Ending.ServiceEndNotices.TopicOf(deployment.ContractId);
        var mails = await check.OutboundEmails.Where(e => e.Topic == topic).ToListAsync(Token);
        mails.ShouldNotBeEmpty();
        mails.Select(m => m.Recipient).ShouldBeUnique();
        mails.ShouldContain(m => m.Recipient == "staff@hokuriku.example");
        mails.ShouldAllBe(m => m.PartnerId == DemoOrganisations.HokurikuPartner);
        var staff = mails.Single(m => m.Recipient == "staff@hokuriku.example");
        staff.Body.ShouldContain(JapaneseFormat.Date(Today.AddDays(-2), new System.Globalization.CultureInfo("ja")));
        staff.Body.ShouldContain("返還");
        staff.Body.ShouldContain("削除");
    }
}
