using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Devices;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Security.TenantIsolation;

/// <summary>Devices and alerts of one partner's customers are never visible to another partner, by query, page or write.</summary>
public class DeviceIsolationTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<(Deployment Deployment, string AlertId)> DeployedWithAlertAsync(Guid partner)
    {
        var deployment = await DeviceTestData.DeployAsync(app, partner, Token);
        var alert = DeviceTestData.Alert(deployment.Serial, TimeProvider.System.GetUtcNow());
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(alert, DeviceTestData.Heartbeat(deployment.Serial, TimeProvider.System.GetUtcNow(), 60)), Token))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return (deployment, alert.EventId);
    }

    [Fact]
    public async Task Queries_never_return_another_partners_devices_or_alerts()
    {
        var (other, otherAlert) = await DeployedWithAlertAsync(DemoOrganisations.HokurikuPartner);
        var (own, ownAlert) = await DeployedWithAlertAsync(DemoOrganisations.MinatoPartner);
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff);
        var devices = scope.ServiceProvider.GetRequiredService<DeviceQueries>();
        var alerts = scope.ServiceProvider.GetRequiredService<AlertQueries>();

        (await devices.GetAsync(other.ApplianceId, Token)).ShouldBeNull();
        (await devices.GetAsync(own.ApplianceId, Token)).ShouldNotBeNull();
        var board = await devices.ListAsync(new DeviceBoardQuery(null, null, null, DeviceSort.Serial, false, 0, 1000), Token);
        board.Items.ShouldContain(d => d.ApplianceId == own.ApplianceId);
        board.Items.ShouldNotContain(d => d.ApplianceId == other.ApplianceId);
        board.Items.ShouldAllBe(d => d.PartnerName == "株式会社みなと情報システム");
        (await alerts.GetAsync(otherAlert, Token)).ShouldBeNull();
        var list = await alerts.ListAsync(new AlertListQuery(other.Serial, null, null, null, null, null, 0, 100), Token);
        list.TotalCount.ShouldBe(0);
        (await alerts.ListAsync(new AlertListQuery(own.Serial, null, null, null, null, null, 0, 100), Token)).TotalCount.ShouldBe(1);
        var perDay = await devices.AlertsPerDayAsync(14, other.ApplianceId, Token);
        perDay.CountsByClass.Values.Sum(v => v.Sum()).ShouldBe(0);
    }

    [Fact]
    [Trait("Article", "004 別紙3 §1-3-③")]
    public async Task The_raw_sensor_record_reaches_the_desk_but_not_the_partner()
    {
        var (_, alertId) = await DeployedWithAlertAsync(DemoOrganisations.MinatoPartner);

        await using (var partner = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            var seen = await partner.ServiceProvider.GetRequiredService<AlertQueries>().GetAsync(alertId, Token);
            seen!.RawJson.ShouldBeNull();
            seen.Category.ShouldBeNull();
            seen.Alert.Signature.ShouldContain("Cobalt Strike");
        }

        var desk = new TenantScope("u-desk", "desk@vendor.example", DemoOrganisations.Vendor, OrganisationKind.Vendor);
        await using var deskScope = app.ScopeFor(desk, HubRoles.SecondLineDesk);
        var detail = await deskScope.ServiceProvider.GetRequiredService<AlertQueries>().GetAsync(alertId, Token);
        detail!.RawJson!.ShouldContain("desk-only detail");
    }

    [Fact]
    public async Task A_partner_cannot_write_telemetry_or_device_health()
    {
        var (own, _) = await DeployedWithAlertAsync(DemoOrganisations.MinatoPartner);
        await using var db = app.CreateContext(TestScopes.MinatoStaff);
        var health = await db.DeviceHealths.SingleAsync(h => h.ApplianceId == own.ApplianceId, Token);
        health.TryMarkNotified(TimeProvider.System.GetUtcNow(), TimeSpan.Zero);

        await Should.ThrowAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Token));
    }

    [Fact]
    public async Task Pages_show_a_partner_its_own_device_and_alert_and_not_found_for_anothers()
    {
        var (other, otherAlert) = await DeployedWithAlertAsync(DemoOrganisations.HokurikuPartner);
        var (own, ownAlert) = await DeployedWithAlertAsync(DemoOrganisations.MinatoPartner);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        foreach (var route in new[] { $"/devices/{other.ApplianceId}", $"/alerts/{otherAlert}" })
        {
            var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(route, UriKind.Relative), Token));
            body.ShouldContain("data-testid=\"not-found\"");
            body.ShouldNotContain(other.Serial);
        }

        var device = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/devices/{own.ApplianceId}", UriKind.Relative), Token));
        device.ShouldContain(own.Serial);
        var alert = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/alerts/{ownAlert}", UriKind.Relative), Token));
        alert.ShouldContain("Cobalt Strike");
        alert.ShouldContain("マルウェア通信");
        alert.ShouldNotContain("data-testid=\"alert-raw\"");
    }

    [Fact]
    public async Task The_desk_sees_the_raw_record_on_the_alert_page()
    {
        var (_, alertId) = await DeployedWithAlertAsync(DemoOrganisations.HokurikuPartner);
        var client = await HubSession.SignInAsync(app, "desk@vendor.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/alerts/{alertId}", UriKind.Relative), Token));

        body.ShouldContain("data-testid=\"alert-raw\"");
        body.ShouldContain("desk-only detail");
    }

    [Fact]
    public async Task The_hardware_vendor_and_finance_do_not_get_the_device_pages()
    {
        var client = await HubSession.SignInAsync(app, "kitting@toho.example");

        var response = await client.GetAsync(new Uri("/devices", UriKind.Relative), Token);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Forbidden);
    }
}
