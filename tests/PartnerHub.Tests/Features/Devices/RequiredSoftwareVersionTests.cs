using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Devices;
using PartnerHub.Features.Devices.Health;
using PartnerHub.Features.Devices.SoftwareVersions;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

/// <summary>Required sensor software versions: recorded by vendor operations (audited), applied by device health.</summary>
public class RequiredSoftwareVersionTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    private async Task<(Guid ApplianceId, string Serial)> ReportingAsync(string? version)
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(deployment.Serial, now.AddSeconds(-30), 3600, version: version),
            DeviceTestData.Stats(deployment.Serial, now.AddSeconds(-29), 1_000, 1_000_000)), Token)).EnsureSuccessStatusCode();
        return (deployment.ApplianceId, deployment.Serial);
    }

    [Fact]
    public async Task Evaluate_SensorBelowTheDemoRequirement_IsFlaggedOutdatedAndStaysOnline()
    {
        // The demo requires CTS sensors to run 7.0.8 or newer (DemoRequiredVersions).
        var below = await ReportingAsync("7.0.6-sensor.1");
        var newer = await ReportingAsync("v7.1.0-rc1");
        var equal = await ReportingAsync("7.0.8");
        var garbage = await ReportingAsync("@@build-unknown@@");
        var missing = await ReportingAsync(null);

        await app.Services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        async Task<DeviceHealth> Health((Guid ApplianceId, string Serial) appliance) =>
            await db.DeviceHealths.AsNoTracking().SingleAsync(h => h.ApplianceId == appliance.ApplianceId, Token);
        var outdated = await Health(below);
        outdated.Issues.HasFlag(DeviceIssues.OutdatedSoftware).ShouldBeTrue();
        outdated.State.ShouldBe(DeviceState.Online);
        (await Health(newer)).Issues.HasFlag(DeviceIssues.OutdatedSoftware).ShouldBeFalse();
        ((await Health(equal)).Issues & (DeviceIssues.OutdatedSoftware | DeviceIssues.SoftwareVersionUnknown)).ShouldBe(DeviceIssues.None);
        (await Health(garbage)).Issues.HasFlag(DeviceIssues.SoftwareVersionUnknown).ShouldBeTrue();
        (await Health(missing)).Issues.HasFlag(DeviceIssues.SoftwareVersionUnknown).ShouldBeTrue();

        // The partner sees the flag on the board and the requirement on the device page.
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var queries = scope.ServiceProvider.GetRequiredService<DeviceQueries>();
        var board = await queries.ListAsync(new DeviceBoardQuery(below.Serial, null, null, DeviceSort.Serial, false, 0, 25), Token);
        board.Items.ShouldHaveSingleItem().Issues.HasFlag(DeviceIssues.OutdatedSoftware).ShouldBeTrue();
        (await queries.GetAsync(below.ApplianceId, Token)).ShouldNotBeNull().RequiredSoftwareVersion.ShouldBe(DemoRequiredVersions.CtsMinimum);
    }

    [Fact]
    public async Task Record_ByOperations_IsListedScheduledAndAudited()
    {
        var note = "test " + Guid.NewGuid().ToString("N")[..10];
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);
        var editor = scope.ServiceProvider.GetRequiredService<RequiredVersionEditor>();

        (await editor.RecordAsync(new RequiredVersionInput(ApplianceModel.ChamberUtm.Code, " v9.2.0 ", Today.AddDays(30), note), Token)).ShouldBeNull();

        await using var db = app.CreateContext(TenantScope.System);
        var stored = await db.RequiredSoftwareVersions.SingleAsync(r => r.Note == note, Token);
        stored.MinimumVersion.ShouldBe("v9.2.0");
        stored.RecordedBy.ShouldBe("ops@vendor.example");
        (await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(RequiredSoftwareVersion) && a.EntityId == stored.Id.ToString(), Token)).ShouldBeTrue();
        var listed = await scope.ServiceProvider.GetRequiredService<RequiredVersionQueries>().ListAsync(new ListRequest(0, ListRequest.MaxPageSize), Token);
        var item = listed.Items.Single(i => i.Id == stored.Id);
        item.Scheduled.ShouldBeTrue();
        item.InForce.ShouldBeFalse();
        listed.Items.ShouldContain(i => i.ModelCode == ApplianceModel.CyberThreatSensor.Code && i.MinimumVersion == DemoRequiredVersions.CtsMinimum && i.InForce);
    }

    [Theory]
    [InlineData("UTM-002", "latest", 1, "Problem_NotAVersion")]
    [InlineData("UTM-002", "", 1, "Problem_NotAVersion")]
    [InlineData("UTM-002", "9.3.0", -1, "Problem_DateInPast")]
    [InlineData("NO-SUCH-MODEL", "9.3.0", 1, "Problem_UnknownModel")]
    [InlineData(null, "9.3.0", 1, "Problem_ModelRequired")]
    public async Task Record_BadInput_IsRefusedAndStoresNothing(string? model, string version, int daysFromToday, string problem)
    {
        var note = "refused " + Guid.NewGuid().ToString("N")[..10];
        await using var scope = app.ScopeFor(TestScopes.VendorOperations, HubRoles.VendorOperations);

        (await scope.ServiceProvider.GetRequiredService<RequiredVersionEditor>().RecordAsync(new RequiredVersionInput(model, version, Today.AddDays(daysFromToday), note), Token))
            .ShouldBe(problem);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.RequiredSoftwareVersions.AnyAsync(r => r.Note == note, Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task Record_ByPartnerStaff_IsRefused()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);

        await Should.ThrowAsync<UnauthorizedAccessException>(() => scope.ServiceProvider.GetRequiredService<RequiredVersionEditor>()
            .RecordAsync(new RequiredVersionInput(ApplianceModel.ChamberUtm.Code, "9.9.9", Today.AddDays(1), null), Token));
    }
}
