using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

/// <summary>The hub side of the bridge contract (src/PartnerHub.Domain/Devices/Telemetry/README.md), over HTTP.</summary>
public class BridgeIngestTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_batch_is_stored_once_with_the_partner_of_its_appliance_and_its_threat_class()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        var batch = DeviceTestData.Batch(DeviceTestData.Heartbeat(deployment.Serial, now, 3600), DeviceTestData.Alert(deployment.Serial, now.AddSeconds(1)));

        var first = await DeviceTestData.PostAsync(app.CreateClient(), batch, Token);
        var again = await DeviceTestData.PostAsync(app.CreateClient(), batch, Token);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync(TelemetryJsonContext.Default.BatchIngestResponse, Token)).ShouldBe(new BatchIngestResponse(2, 0));
        (await again.Content.ReadFromJsonAsync(TelemetryJsonContext.Default.BatchIngestResponse, Token)).ShouldBe(new BatchIngestResponse(0, 2));
        await using var db = app.CreateContext(TenantScope.System);
        var stored = await db.SensorEvents.Where(e => e.ApplianceSerial == deployment.Serial).ToListAsync(Token);
        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(e => e.PartnerId == DemoOrganisations.MinatoPartner && e.CustomerId == deployment.CustomerId);
        stored.Single(e => e.Kind == TelemetryKind.Alert).ThreatClass.ShouldBe(ThreatClass.MalwareCommunication);
        (await db.AlertDailyCounts.Where(c => c.ApplianceId == deployment.ApplianceId).SumAsync(c => c.Count, Token)).ShouldBe(1);
    }

    [Fact]
    public async Task An_event_resent_in_another_batch_is_a_duplicate_and_the_new_ones_are_stored()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        var resent = DeviceTestData.Alert(deployment.Serial, now);
        await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(resent), Token);

        var response = await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(resent, DeviceTestData.Alert(deployment.Serial, now.AddSeconds(5))), Token);

        (await response.Content.ReadFromJsonAsync(TelemetryJsonContext.Default.BatchIngestResponse, Token)).ShouldBe(new BatchIngestResponse(1, 1));
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SensorEvents.CountAsync(e => e.ApplianceSerial == deployment.Serial, Token)).ShouldBe(2);
        (await db.AlertDailyCounts.Where(c => c.ApplianceId == deployment.ApplianceId).SumAsync(c => c.Count, Token)).ShouldBe(2);
    }

    [Fact]
    [Trait("Article", "004 別紙4 §2-6")]
    public async Task The_first_telemetry_confirms_data_collection_and_starts_the_service()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.HokurikuPartner, Token);

        var response = await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Heartbeat(deployment.Serial, TimeProvider.System.GetUtcNow(), 60)), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = app.CreateContext(TenantScope.System);
        var sheet = await db.ParameterSheets.SingleAsync(s => s.Id == deployment.SheetId, Token);
        sheet.Status.ShouldBe(ParameterSheetStatus.DataCollectionConfirmed);
        sheet.ConfirmationSource.ShouldBe("telemetry from " + deployment.Serial);
        (await db.Contracts.SingleAsync(c => c.Id == deployment.ContractId, Token)).Status.ShouldBe(ContractStatus.Active);
        var health = await db.DeviceHealths.SingleAsync(h => h.ApplianceId == deployment.ApplianceId, Token);
        health.LastHeartbeatAt.ShouldNotBeNull();
        health.PartnerId.ShouldBe(DemoOrganisations.HokurikuPartner);
    }

    [Fact]
    public async Task Events_of_an_unregistered_serial_are_kept_for_the_vendor_only()
    {
        var serial = "UNKNOWN-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var response = await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Alert(serial, TimeProvider.System.GetUtcNow())), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var vendor = app.CreateContext(TestScopes.VendorOperations);
        (await vendor.SensorEvents.CountAsync(e => e.ApplianceSerial == serial, Token)).ShouldBe(1);
        await using var partner = app.CreateContext(TestScopes.MinatoStaff);
        (await partner.SensorEvents.CountAsync(e => e.ApplianceSerial == serial, Token)).ShouldBe(0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key-wrong-key")]
    public async Task Without_the_bridge_key_nothing_is_stored(string? key)
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);

        var response = await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Alert(deployment.Serial, TimeProvider.System.GetUtcNow())), Token, key);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        BridgeIngestContract.Classify((int)response.StatusCode).ShouldBe(DeliveryOutcome.Undeliverable);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SensorEvents.AnyAsync(e => e.ApplianceSerial == deployment.Serial, Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task Malformed_json_is_400_with_the_reason()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BridgeIngestContract.BatchesPath)
        {
            Content = new StringContent("{\"bridgeId\": \"b\", \"batchId\": ", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", HubAppFactory.BridgeApiKey);

        var response = await app.CreateClient().SendAsync(request, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Token)).ShouldContain("not a telemetry batch");
    }

    [Fact]
    public async Task A_batch_breaking_the_contract_is_422_and_none_of_it_is_stored()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var good = DeviceTestData.Alert(deployment.Serial, TimeProvider.System.GetUtcNow());
        var forged = good with { EventId = "not-an-id" };

        var response = await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Heartbeat(deployment.Serial, TimeProvider.System.GetUtcNow(), 5), forged), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync(Token)).ShouldContain("events[1]: eventId");
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SensorEvents.AnyAsync(e => e.ApplianceSerial == deployment.Serial, Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task More_events_than_allowed_is_413()
    {
        var now = TimeProvider.System.GetUtcNow();
        var events = Enumerable.Range(0, 501).Select(i => DeviceTestData.Alert("SN-TOO-MANY", now.AddMilliseconds(i))).ToArray();

        var response = await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(events), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        BridgeIngestContract.Classify((int)response.StatusCode).ShouldBe(DeliveryOutcome.Undeliverable);
    }

    [Fact]
    public async Task The_api_is_described_in_the_openapi_document()
    {
        // Signed in: the document is not anonymous (deny by default).
        var client = await HubSession.SignInAsync(app, "ops@vendor.example");
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Token);

        document.ShouldContain(BridgeIngestContract.BatchesPath);
        document.ShouldContain("IngestTelemetryBatch");
    }
}
