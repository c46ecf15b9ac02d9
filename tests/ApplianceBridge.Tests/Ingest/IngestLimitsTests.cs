using System.Net;
using ApplianceBridge.Tests.Infrastructure;

namespace ApplianceBridge.Tests.Ingest;

public sealed class IngestLimitsTests : BridgeTestBase
{
    [Fact]
    public async Task Post_BodyOverLimit_Returns413AndStoresNothing()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:MaxBodyBytes"] = "4096" });
        var appliance = new Appliance(bridge.CreateClient());
        string body = Eve.Alerts(1, 20);
        body.Length.ShouldBeGreaterThan(4096);

        using HttpResponseMessage response = await appliance.PostAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("exceeds the limit of 4096 bytes");
    }

    [Fact]
    public async Task Post_FasterThanRateLimit_Returns429WithRetryAfter()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?>
        {
            ["ApplianceBridge:RateLimitRequestsPerSecond"] = "1",
            ["ApplianceBridge:RateLimitBurst"] = "2",
        });
        var appliance = new Appliance(bridge.CreateClient());
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;

        for (int i = 0; i < 8; i++)
        {
            HttpResponseMessage response = await appliance.PostAsync(Eve.Alerts(i * 10, 1));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited ??= response;
            }
        }

        statuses.ShouldContain(HttpStatusCode.TooManyRequests);
        statuses[0].ShouldBe(HttpStatusCode.OK);
        limited!.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task Post_RateLimitOfOneAppliance_DoesNotLimitAnother()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?>
        {
            ["ApplianceBridge:RateLimitRequestsPerSecond"] = "1",
            ["ApplianceBridge:RateLimitBurst"] = "1",
        });
        HttpClient client = bridge.CreateClient();
        var noisy = new Appliance(client);
        var quiet = new Appliance(client, BridgeFactory.OtherSerial, BridgeFactory.OtherSecret);
        for (int i = 0; i < 3; i++)
        {
            using HttpResponseMessage ignored = await noisy.PostAsync(Eve.Alerts(i * 10, 1));
        }

        using HttpResponseMessage response = await quiet.PostAsync(Eve.Alerts(100, 1));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_SpoolAtCap_Returns507UntilHubDrainsIt()
    {
        Hub.Mode = FakeHubMode.Unavailable;
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:MaxSpoolEvents"] = "5" });
        var appliance = new Appliance(bridge.CreateClient());
        await appliance.PostAcceptedAsync(Eve.Alerts(1, 4));

        using HttpResponseMessage full = await appliance.PostAsync(Eve.Alerts(10, 2));

        full.StatusCode.ShouldBe(HttpStatusCode.InsufficientStorage);
        (await full.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("spool full");
        Hub.Mode = FakeHubMode.Up;
        await Wait.UntilAsync(() => Hub.StoredEvents == 4, "the 4 spooled events at the hub");
        HttpClient client = bridge.CreateClient();
        await Wait.UntilAsync(
            async () => (await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken)).Contains("bridge_spool_events 0\n", StringComparison.Ordinal),
            "the spool to be empty");
        (await appliance.PostAcceptedAsync(Eve.Alerts(10, 2))).Accepted.ShouldBe(2);
    }
}
