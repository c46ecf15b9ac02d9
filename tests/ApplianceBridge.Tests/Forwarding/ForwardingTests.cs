using System.Net.Http.Json;
using System.Text.Json;
using ApplianceBridge.Tests.Infrastructure;

namespace ApplianceBridge.Tests.Forwarding;

public sealed class ForwardingTests : BridgeTestBase
{
    [Fact]
    public async Task Forward_SpoolHoldsMoreBytesThanForwardBatchMaxBytes_SendsBatchesUnderTheCap()
    {
        Hub.Mode = FakeHubMode.Unavailable;
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:ForwardBatchMaxBytes"] = "65536" });
        var appliance = new Appliance(bridge.CreateClient());
        for (int batch = 0; batch < 4; batch++)
        {
            await appliance.PostAcceptedAsync(Eve.Alerts(batch * 50, 50));
        }

        Hub.Mode = FakeHubMode.Up;
        await Wait.UntilAsync(() => Hub.StoredEvents == 200, "all 200 events at the hub");

        Hub.StoredBatches.ShouldBeGreaterThan(3);
        Hub.Deliveries.ShouldAllBe(d => d.Events.Sum(e => JsonSerializer.SerializeToUtf8Bytes(e, PartnerHub.Domain.Devices.Telemetry.TelemetryJsonContext.Default.TelemetryEvent).Length) <= 65536);
    }

    [Fact]
    public async Task Forward_HubDownThenUp_AllDeliveredOnceWithSameBatchIds()
    {
        Hub.Mode = FakeHubMode.Unavailable;
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:ForwardBatchSize"] = "25" });
        HttpClient client = bridge.CreateClient();
        var appliance = new Appliance(client);
        for (int batch = 0; batch < 4; batch++)
        {
            await appliance.PostAcceptedAsync(Eve.Alerts(batch * 25, 25));
        }

        await Wait.UntilAsync(() => Hub.RefusedRequests >= 3, "the bridge to try the unavailable hub");
        using (JsonDocument health = JsonDocument.Parse(await client.GetStringAsync("/health", TestContext.Current.CancellationToken)))
        {
            health.RootElement.GetProperty("status").GetString().ShouldBe("Degraded");
            health.RootElement.GetProperty("data").GetProperty("spoolEvents").GetInt64().ShouldBe(100);
        }

        Hub.Mode = FakeHubMode.Up;
        await Wait.UntilAsync(() => Hub.StoredEvents == 100, "all 100 events at the hub after recovery");

        Hub.DeliveredEventCount.ShouldBe(100);
        Hub.StoredBatches.ShouldBe(4);
        await Wait.UntilAsync(async () => (await client.GetStringAsync("/health", TestContext.Current.CancellationToken)).Contains("\"Healthy\"", StringComparison.Ordinal), "healthy again");
        await Wait.UntilAsync(
            async () => (await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken)).Contains("bridge_events_forwarded_total 100", StringComparison.Ordinal),
            "the forwarded counter");
        string metrics = await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        metrics.ShouldContain("bridge_spool_events 0");
        metrics.ShouldNotContain("bridge_forward_retries_total 0\n");
    }

    [Fact]
    public async Task Forward_HubRejects4xx_BatchQuarantinedWithReason()
    {
        Hub.Mode = FakeHubMode.Reject;
        BridgeFactory bridge = StartBridge();
        HttpClient client = bridge.CreateClient();
        var appliance = new Appliance(client);

        await appliance.PostAcceptedAsync(Eve.Alerts(1, 5));

        await Wait.UntilAsync(async () => (await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken)).Contains("bridge_quarantine_events 5", StringComparison.Ordinal), "quarantine");
        JsonElement[] quarantined = (await client.GetFromJsonAsync<JsonElement[]>("/quarantine", TestContext.Current.CancellationToken))!;
        quarantined.Length.ShouldBe(1);
        quarantined[0].GetProperty("status").GetInt32().ShouldBe(400);
        quarantined[0].GetProperty("reason").GetString()!.ShouldContain("schema version not supported");
        quarantined[0].GetProperty("eventCount").GetInt32().ShouldBe(5);
        string health = await client.GetStringAsync("/health", TestContext.Current.CancellationToken);
        health.ShouldContain("quarantine");
        health.ShouldContain("Degraded");

        // The next batch is not held up behind the quarantined one.
        Hub.Mode = FakeHubMode.Up;
        await appliance.PostAcceptedAsync(Eve.Alerts(100, 3));
        await Wait.UntilAsync(() => Hub.StoredEvents == 3, "the later batch at the hub");
    }

    [Fact]
    public async Task Forward_HubUnreachable_RetriedUntilItListens()
    {
        // A port nobody listens on: connection refused is a network error, retried like a 5xx.
        await Hub.DisposeAsync();
        Uri deadUrl = Hub.Url;
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:HubUrl"] = deadUrl.ToString() });
        HttpClient client = bridge.CreateClient();
        await new Appliance(client).PostAcceptedAsync(Eve.Alerts(1, 3));

        await Wait.UntilAsync(async () => !(await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken)).Contains("bridge_forward_retries_total 0\n", StringComparison.Ordinal), "a retry");

        (await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken)).ShouldContain("bridge_spool_events 3");
    }
}
