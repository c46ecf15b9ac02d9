using ApplianceBridge.Tests.Infrastructure;

namespace ApplianceBridge.Tests.Buffer;

public sealed class RestartTests : BridgeTestBase
{
    [Fact]
    public async Task Restart_WithNonEmptySpool_DeliversEverythingOnce()
    {
        Hub.Mode = FakeHubMode.Unavailable;
        BridgeFactory first = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:ForwardBatchSize"] = "10" });
        var appliance = new Appliance(first.CreateClient());
        await appliance.PostAcceptedAsync(Eve.Alerts(1, 30));
        await appliance.PostAcceptedAsync(Eve.Lines([Eve.Stats(1), Eve.Heartbeat(1)]));
        await Wait.UntilAsync(() => Hub.RefusedRequests >= 1, "a failed attempt, so a batch id is leased before the stop");
        await StopBridgeAsync(first);
        Hub.Mode = FakeHubMode.Up;
        int refusedBefore = Hub.RefusedRequests;

        BridgeFactory second = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:ForwardBatchSize"] = "10" });
        _ = second.CreateClient();

        await Wait.UntilAsync(() => Hub.StoredEvents == 32, "all 32 events after the restart");
        Hub.DeliveredEventCount.ShouldBe(32);
        Hub.RefusedRequests.ShouldBe(refusedBefore);
    }

    [Fact]
    public async Task Restart_AfterResend_DuplicateWindowSurvives()
    {
        BridgeFactory first = StartBridge();
        HttpClient firstClient = first.CreateClient();
        var appliance = new Appliance(firstClient);
        string body = Eve.Alerts(1, 5);
        await appliance.PostAcceptedAsync(body);
        await Wait.UntilAsync(() => Hub.StoredEvents == 5, "first delivery");
        // The hub has the batch; stopping before the bridge deleted it from its spool would (rightly) resend it after
        // the restart, which is not what this test is about.
        await Wait.UntilAsync(
            async () => (await firstClient.GetStringAsync("/metrics", TestContext.Current.CancellationToken)).Contains("bridge_spool_events 0\n", StringComparison.Ordinal),
            "the delivered batch left the spool");
        await StopBridgeAsync(first);

        BridgeFactory second = StartBridge();
        var again = await new Appliance(second.CreateClient()).PostAcceptedAsync(body, TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + 5);

        again.Duplicates.ShouldBe(5);
        Hub.DeliveredEventCount.ShouldBe(5);
    }
}
