using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Devices;

/// <summary>A bridge key speaks only for the appliances bound to it (Devices:Ingest:Bridges:n:Appliances).</summary>
public class BridgeBindingTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_BatchNamesAnApplianceOutsideTheKeysBinding_RefusesThoseEventsAndStoresTheOthers()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var foreign = "OTHER-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var now = TimeProvider.System.GetUtcNow();
        var batch = DeviceTestData.Batch(
            DeviceTestData.Alert(deployment.Serial, now),
            DeviceTestData.Heartbeat(foreign, now, 60),
            DeviceTestData.Alert(foreign, now.AddSeconds(1)),
            DeviceTestData.Heartbeat(deployment.Serial.ToLowerInvariant(), now.AddSeconds(2), 61));

        var response = await DeviceTestData.PostAsync(app.CreateClient(), batch, Token, HubAppFactory.BoundBridgeApiKey);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync(TelemetryJsonContext.Default.BatchIngestResponse, Token)).ShouldBe(new BatchIngestResponse(2, 0, 2));
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SensorEvents.CountAsync(e => e.ApplianceSerial == foreign, Token)).ShouldBe(0);
        var lower = deployment.Serial.ToLowerInvariant();
        (await db.SensorEvents.CountAsync(e => e.ApplianceSerial == deployment.Serial || e.ApplianceSerial == lower, Token)).ShouldBe(2);
    }

    [Fact]
    public async Task Ingest_SameForeignEventsWithAnUnboundKey_AreStored()
    {
        var foreign = "OTHER-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var batch = DeviceTestData.Batch(DeviceTestData.Heartbeat(foreign, TimeProvider.System.GetUtcNow(), 60));

        var bound = await DeviceTestData.PostAsync(app.CreateClient(), batch, Token, HubAppFactory.BoundBridgeApiKey);
        var open = await DeviceTestData.PostAsync(app.CreateClient(), batch with { BatchId = Guid.NewGuid() }, Token);

        (await bound.Content.ReadFromJsonAsync(TelemetryJsonContext.Default.BatchIngestResponse, Token)).ShouldBe(new BatchIngestResponse(0, 0, 1));
        (await open.Content.ReadFromJsonAsync(TelemetryJsonContext.Default.BatchIngestResponse, Token)).ShouldBe(new BatchIngestResponse(1, 0));
    }

    [Theory]
    [InlineData("SN-0001", "SN-0001", true)]
    [InlineData("sn-0001", "SN-0001", true)]
    [InlineData("SN-0002", "SN-0001", false)]
    [InlineData("SIM-0007", "SIM-*", true)]
    [InlineData("SIMX", "SIM-*", false)]
    public void Serves_SerialAgainstBinding_MatchesExactOrByPrefix(string serial, string binding, bool served) =>
        new PartnerHub.Features.Devices.Ingest.BridgeCredential { Appliances = [binding] }.Serves(serial).ShouldBe(served);

    [Fact]
    public void Serves_NoBinding_ServesNothing() =>
        new PartnerHub.Features.Devices.Ingest.BridgeCredential().Serves("SN-0001").ShouldBeFalse();
}
