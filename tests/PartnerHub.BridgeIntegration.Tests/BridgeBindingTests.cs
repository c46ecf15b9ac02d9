using System.Net.Http.Json;
using System.Text.Json;
using PartnerHub.BridgeIntegration.Tests.Support;

namespace PartnerHub.BridgeIntegration.Tests;

/// <summary>
/// The hub binds the bridge's key to the appliances it serves (RealHub: IT-*). A bridge that also relays an appliance
/// outside that set has those events refused by the hub, one by one, while the bound appliance's events in the same
/// forwarded batches are stored; nothing is retried forever or quarantined.
/// </summary>
public sealed class BridgeBindingTests : ChainTestBase
{
    [Fact]
    public async Task Events_of_an_appliance_outside_the_keys_binding_are_refused_and_the_bound_ones_stored()
    {
        StartHub();
        Deployment sensor = await Deployments.DeployAsync(Hub!, Token);
        string secret = Deployments.NewSecret();
        string stranger = "XX-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        string strangerSecret = Deployments.NewSecret();
        var settings = BridgeProcess.Settings(SpoolPath, HubUrl, sensor.Serial, secret);
        settings["ApplianceBridge:Appliances:1:Serial"] = stranger;
        settings["ApplianceBridge:Appliances:1:Secret"] = strangerSecret;
        BridgeProcess bridge = await StartBridgeAsync(settings);
        using var http = bridge.CreateClient();
        DateTimeOffset now = TimeProvider.System.GetUtcNow();

        await new SensorAppliance(http, stranger, strangerSecret).PostAcceptedAsync(Eve.Alerts(now, 1, 4), Token);
        await new SensorAppliance(http, sensor.Serial, secret).PostAcceptedAsync(Eve.Alerts(now, 10, 6), Token);

        await Wait.UntilAsync(async () => await StoredCountAsync(sensor.Serial) == 6, "the bound sensor's events in the hub");
        await Wait.UntilAsync(async () => (await http.GetStringAsync(new Uri("/metrics", UriKind.Relative), Token)).Contains("bridge_hub_refused_total 4\n", StringComparison.Ordinal),
            "the hub's refusal counted by the bridge");
        (await StoredCountAsync(stranger)).ShouldBe(0);
        // The bridge empties its spool once the hub's answer is in, which can come just after the counters move.
        await Wait.UntilAsync(async () => (await HealthAsync(http)).GetProperty("data").GetProperty("spoolEvents").GetInt64() == 0, "the bridge's spool emptied");
        (await http.GetFromJsonAsync<JsonElement[]>(new Uri("/quarantine", UriKind.Relative), Token))!.ShouldBeEmpty();
        bridge.Output.ShouldContain("not bound to this bridge's key");
    }
}
