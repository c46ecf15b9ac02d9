using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.ParameterSheets.Observed;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.ParameterSheets;

/// <summary>Issue 14: the registered sheet next to what its appliance reports, for its own partner only.</summary>
public class SheetObservationTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<T> AsAsync<T>(TenantScope user, string role, Func<SheetObservationQueries, Task<T>> query)
    {
        await using var scope = app.ScopeFor(user, role);
        return await query(scope.ServiceProvider.GetRequiredService<SheetObservationQueries>());
    }

    [Fact]
    public async Task ForApplianceAndSheet_Reporting_ComparesEndpointsAndAddressesWithTheSheet()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.HokurikuPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        // The heartbeat counts 300 endpoints where the sheet expects 200; the alert's local address is in 192.168.10.0/24.
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, now.AddMinutes(-1), 3600), DeviceTestData.Alert(deployment.Serial, now)), Token)).EnsureSuccessStatusCode();

        var byDevice = await AsAsync(TestScopes.HokurikuStaff, HubRoles.PartnerStaff, q => q.ForApplianceAsync(deployment.ApplianceId, Token));
        var bySheet = await AsAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, q => q.ForSheetAsync(deployment.SheetId, Token));

        byDevice.ShouldNotBeNull().SheetId.ShouldBe(deployment.SheetId);
        bySheet.ShouldNotBeNull().ApplianceId.ShouldBe(deployment.ApplianceId);
        var endpoints = byDevice.Checks.Single(c => c.Check == SheetCheck.Endpoints);
        endpoints.ShouldSatisfyAllConditions(
            e => e.Outcome.ShouldBe(SheetCheckOutcome.Mismatch),
            e => e.Reason.ShouldBe(SheetCheckReason.AboveSheet),
            e => e.Expected.ShouldBe(200),
            e => e.Observed.ShouldBe(300));
        var segments = bySheet.Checks.Single(c => c.Check == SheetCheck.MonitoredSegments);
        segments.Outcome.ShouldBe(SheetCheckOutcome.Matches);
        segments.AddressesInside.ShouldBe(1);
        byDevice.HasMismatch.ShouldBeTrue();
    }

    [Fact]
    public async Task ForAppliance_FlowsFromAnUnregisteredNetworkWithoutAlerts_AreReportedOutsideTheSegments()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.HokurikuPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        // No alert at all: only flows, one from the registered 192.168.10.0/24, two from a LAN the sheet does not list (one
        // IPv6 ULA written fully expanded), an internet peer, and records whose addresses are missing or malformed.
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, now.AddMinutes(-1), 3600),
            DeviceTestData.Flow(deployment.Serial, now.AddSeconds(-5), source: "192.168.10.40"),
            DeviceTestData.Flow(deployment.Serial, now.AddSeconds(-4), source: "10.99.0.5"),
            DeviceTestData.Flow(deployment.Serial, now.AddSeconds(-3), source: "fd00:0000:0000:0000:0000:0000:0000:0017", destination: "2001:0db8:0000:0000:0000:0000:0000:0009"),
            DeviceTestData.Flow(deployment.Serial, now.AddSeconds(-2), source: "not-an-address", destination: "")), Token)).EnsureSuccessStatusCode();

        var observation = await AsAsync(TestScopes.HokurikuStaff, HubRoles.PartnerStaff, q => q.ForApplianceAsync(deployment.ApplianceId, Token));

        var segments = observation.ShouldNotBeNull().Checks.Single(c => c.Check == SheetCheck.MonitoredSegments);
        segments.Outcome.ShouldBe(SheetCheckOutcome.Mismatch);
        segments.Reason.ShouldBe(SheetCheckReason.OutsideMonitoredSegments);
        segments.AddressesOutside.ShouldBe(["10.99.0.5", "fd00::17"]);
        segments.AddressesInside.ShouldBe(1);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SensorEvents.CountAsync(e => e.ApplianceSerial == deployment.Serial && e.Kind == Domain.Devices.Telemetry.TelemetryKind.Alert, Token)).ShouldBe(0);
    }

    [Fact]
    public async Task ForApplianceAndSheet_AnotherPartnersStaff_FindNothing()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.HokurikuPartner, Token);
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, TimeProvider.System.GetUtcNow(), 3600)), Token)).EnsureSuccessStatusCode();

        (await AsAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, q => q.ForApplianceAsync(deployment.ApplianceId, Token))).ShouldBeNull();
        (await AsAsync(TestScopes.MinatoStaff, HubRoles.PartnerAdmin, q => q.ForSheetAsync(deployment.SheetId, Token))).ShouldBeNull();
        (await AsAsync(TestScopes.HokurikuStaff, HubRoles.PartnerStaff, q => q.ForSheetAsync(deployment.SheetId, Token))).ShouldNotBeNull();
    }

    [Fact]
    public async Task ForAppliance_DemoSim0007_ShowsItsCustomersUnlistedLanAndEndpointsAboveTheModel()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var appliance = await db.Appliances.Where(a => a.SerialNumber == "SIM-0007").Select(a => a.Id).SingleAsync(Token);

        var observation = await AsAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, q => q.ForApplianceAsync(appliance, Token));

        observation.ShouldNotBeNull();
        observation.Checks.Single(c => c.Check == SheetCheck.Endpoints).Reason.ShouldBe(SheetCheckReason.AboveModel);
        var segments = observation.Checks.Single(c => c.Check == SheetCheck.MonitoredSegments);
        segments.Reason.ShouldBe(SheetCheckReason.OutsideMonitoredSegments);
        segments.AddressesOutside.ShouldAllBe(a => a.StartsWith("192.168.10.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SIM-0001")]
    [InlineData("SIM-0006")]
    public async Task ForAppliance_DemoSensorsOtherwise_MatchTheirSheets(string serial)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var appliance = await db.Appliances.Where(a => a.SerialNumber == serial).Select(a => a.Id).SingleAsync(Token);

        var observation = await AsAsync(TestScopes.VendorOperations, HubRoles.VendorOperations, q => q.ForApplianceAsync(appliance, Token));

        observation.ShouldNotBeNull().HasMismatch.ShouldBeFalse();
        var bandwidth = observation.Checks.Single(c => c.Check == SheetCheck.Bandwidth);
        bandwidth.LineSpeed.ShouldBe(1_000);
        bandwidth.Observed.ShouldNotBeNull().ShouldBeLessThan(1_000);
        bandwidth.Outcome.ShouldBe(SheetCheckOutcome.Matches);
    }

    [Fact]
    public async Task DeviceAndSheetPages_DemoSim0008OnA200MbpsLine_ShowTheLineSpeedAndTheTrafficAboveIt()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var appliance = await db.Appliances.Where(a => a.SerialNumber == "SIM-0008").Select(a => new { a.Id, a.ContractId }).SingleAsync(Token);
        var sheetId = await db.ParameterSheets.Where(s => s.ContractId == appliance.ContractId).Select(s => s.Id).SingleAsync(Token);
        var staff = await HubSession.SignInAsync(app, "staff@minato.example");

        var observation = await AsAsync(TestScopes.MinatoStaff, HubRoles.PartnerStaff, q => q.ForApplianceAsync(appliance.Id, Token));
        var devicePage = await PageAsync(staff, $"/devices/{appliance.Id}");
        var sheetPage = await PageAsync(staff, $"/parameter-sheets/{sheetId}");

        var bandwidth = observation.ShouldNotBeNull().Checks.Single(c => c.Check == SheetCheck.Bandwidth);
        bandwidth.ShouldSatisfyAllConditions(
            b => b.LineSpeed.ShouldBe(200),
            b => b.Observed.ShouldNotBeNull().ShouldBeGreaterThan(200),
            b => b.Outcome.ShouldBe(SheetCheckOutcome.Mismatch),
            b => b.Reason.ShouldBe(SheetCheckReason.AboveLineSpeed));
        foreach (var page in new[] { devicePage, sheetPage })
        {
            page.ShouldContain("回線 200 Mbps（想定 200 Mbps）");
            page.ShouldContain("契約回線速度を超えている");
        }
    }

    [Fact]
    public async Task DeviceAndSheetPages_DemoSim0007_ShowTheMismatchToItsPartnerOnly()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var appliance = await db.Appliances.Where(a => a.SerialNumber == "SIM-0007").Select(a => new { a.Id, a.ContractId }).SingleAsync(Token);
        var sheetId = await db.ParameterSheets.Where(s => s.ContractId == appliance.ContractId).Select(s => s.Id).SingleAsync(Token);
        var own = await HubSession.SignInAsync(app, "staff@sakura.example");
        var other = await HubSession.SignInAsync(app, "staff@hokuriku.example");

        var devicePage = await PageAsync(own, $"/devices/{appliance.Id}");
        var sheetPage = await PageAsync(own, $"/parameter-sheets/{sheetId}");
        var othersView = await PageAsync(other, $"/devices/{appliance.Id}");

        foreach (var page in new[] { devicePage, sheetPage })
        {
            page.ShouldContain("パラメータシートと機器の報告");
            page.ShouldContain("data-testid=\"sheet-mismatch\"");
            page.ShouldContain("機種の上限を超えています");
            page.ShouldContain("監視セグメント外の社内アドレスがあります");
        }

        othersView.ShouldContain("data-testid=\"not-found\"");
        othersView.ShouldNotContain("sheet-vs-observed");
    }

    private static async Task<string> PageAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative), Token));
}
