using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Home;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

public class DeviceQueriesTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Vendor_operations_filter_the_board_by_partner_and_state()
    {
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<DeviceQueries>();

        var hokuriku = await queries.ListAsync(new DeviceBoardQuery(null, null, DemoOrganisations.HokurikuPartner, DeviceSort.Serial, false, 0, 500), Token);
        var silent = await queries.ListAsync(new DeviceBoardQuery("SIM-", DeviceState.Silent, null, DeviceSort.Serial, false, 0, 500), Token);

        hokuriku.Items.ShouldNotBeEmpty();
        hokuriku.Items.ShouldAllBe(d => d.PartnerName == "北陸ビジネスソリューションズ株式会社");
        hokuriku.Items.ShouldContain(d => d.SerialNumber == "SIM-0003");
        silent.Items.Select(d => d.SerialNumber).ShouldBe(["SIM-0002"]);
        // Every partner is offered (other tests add partners of their own to the shared host meanwhile).
        var offered = (await scope.ServiceProvider.GetRequiredService<PartnerOptions>().ListAsync(Token)).Select(p => p.Id).ToList();
        new[] { DemoOrganisations.MinatoPartner, DemoOrganisations.HokurikuPartner, DemoOrganisations.SakuraPartner }.ShouldBeSubsetOf(offered);
    }

    [Fact]
    public async Task Alerts_are_filtered_by_threat_class_and_newest_first()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.SakuraPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Alert(deployment.Serial, now.AddMinutes(-2), "ET SCAN Potential SSH Scan", "Attempted Information Leak"),
            DeviceTestData.Alert(deployment.Serial, now.AddMinutes(-1)),
            DeviceTestData.Alert(deployment.Serial, now, "ET TOR Known Tor Relay/Router (Not Exit) Node Traffic group 1", "Misc Attack")), Token);
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var alerts = scope.ServiceProvider.GetRequiredService<AlertQueries>();

        var all = await alerts.ListAsync(new AlertListQuery(deployment.Serial, null, null, null, null, null, 0, 10), Token);
        var recon = await alerts.ListAsync(new AlertListQuery(deployment.Serial, ThreatClass.Reconnaissance, null, null, null, null, 0, 10), Token);
        var lastMinute = await alerts.ListAsync(new AlertListQuery(null, null, null, deployment.ApplianceId, now.AddSeconds(-90), null, 0, 10), Token);

        all.Items.Select(a => a.ThreatClass).ShouldBe([ThreatClass.SuspiciousCommunication, ThreatClass.MalwareCommunication, ThreatClass.Reconnaissance]);
        recon.Items.ShouldHaveSingleItem().Signature.ShouldBe("ET SCAN Potential SSH Scan");
        lastMinute.TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task StateHistory_MoreChangesThanOnePage_SaysHowManyAndReadsTheRestPageByPage()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.SakuraPartner, Token);
        var start = TimeProvider.System.GetUtcNow().AddDays(-3);
        int changes = DeviceQueries.HistoryPageSize + 12;
        await using (var db = app.CreateContext(TenantScope.System))
        {
            for (int i = 0; i < changes; i++)
            {
                db.DeviceStateChanges.Add(new DeviceStateChange(Guid.NewGuid(), deployment.ApplianceId, DemoOrganisations.SakuraPartner, start.AddMinutes(i),
                    i % 2 == 0 ? DeviceState.Online : DeviceState.Silent, i % 2 == 0 ? DeviceState.Silent : DeviceState.Online, DeviceIssues.None, false));
            }

            await db.SaveChangesAsync(Token);
        }

        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var queries = scope.ServiceProvider.GetRequiredService<DeviceQueries>();
        var detail = (await queries.GetAsync(deployment.ApplianceId, Token)).ShouldNotBeNull();
        var rest = await queries.StateHistoryAsync(deployment.ApplianceId, detail.History.Count, DeviceQueries.HistoryPageSize, Token);

        detail.History.Count.ShouldBe(DeviceQueries.HistoryPageSize);
        detail.HistoryCount.ShouldBeGreaterThanOrEqualTo(changes);
        detail.History.Concat(rest).Count().ShouldBe(detail.HistoryCount);
        detail.History.Concat(rest).Select(c => c.At).ShouldBeInOrder(SortDirection.Descending);
        await using var other = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        (await other.ServiceProvider.GetRequiredService<DeviceQueries>().StateHistoryAsync(deployment.ApplianceId, 0, 10, Token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_partner_home_counts_its_devices_needing_attention()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        var summary = await scope.ServiceProvider.GetRequiredService<HomeQueries>().GetSummaryAsync(Token);

        summary.DevicesNeedingAttention.ShouldBeGreaterThanOrEqualTo(1); // the demo's silent SIM-0002
        summary.AlertsLastDay.ShouldBeGreaterThan(0);
        summary.OpenCases.ShouldBeGreaterThanOrEqualTo(2); // the demo's breached and waiting escalations
        summary.BreachedCases.ShouldBeGreaterThanOrEqualTo(1);
    }
}
