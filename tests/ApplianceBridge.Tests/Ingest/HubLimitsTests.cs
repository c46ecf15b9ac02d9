using System.Text.Json;
using ApplianceBridge.Tests.Infrastructure;

namespace ApplianceBridge.Tests.Ingest;

// The hub refuses a whole batch (422, quarantined by the bridge) when one event breaks its field limits; the bridge
// applies the same rules per line, so the line is refused to its own appliance and other appliances' events flow on.
public sealed class HubLimitsTests : BridgeTestBase
{
    [Fact]
    public async Task Post_LineBreakingTheHubsLimits_IsRejectedToItsApplianceAndOtherAppliancesEventsReachTheHub()
    {
        BridgeFactory bridge = StartBridge();
        HttpClient client = bridge.CreateClient();
        var noisy = new Appliance(client);
        var quiet = new Appliance(client, BridgeFactory.OtherSerial, BridgeFactory.OtherSecret);
        string longSignature = Eve.Alert(1).Replace("ET EXPLOIT Possible ETERNALBLUE", "ET EXPLOIT " + new string('x', 600), StringComparison.Ordinal);
        string longAddress = Eve.Alert(2).Replace("203.0.113.7", new string('1', 70), StringComparison.Ordinal);

        var noisyAnswer = await noisy.PostAcceptedAsync(Eve.Lines([longSignature, Eve.Alert(3), longAddress]));
        var quietAnswer = await quiet.PostAcceptedAsync(Eve.Alerts(10, 4));

        noisyAnswer.Accepted.ShouldBe(1);
        noisyAnswer.Rejected.Select(r => r.Line).ShouldBe([1, 3]);
        noisyAnswer.Rejected[0].Reason.ShouldContain("alert.signature is longer than 512 characters");
        noisyAnswer.Rejected[1].Reason.ShouldContain("alert.sourceIp");
        quietAnswer.Accepted.ShouldBe(4);
        await Wait.UntilAsync(() => Hub.StoredEvents == 5, "the five valid events at the hub");
        string metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        metrics.ShouldContain("bridge_quarantine_events 0\n");
        Hub.RefusedRequests.ShouldBe(0);
    }

    [Fact]
    public async Task Post_LineLongerThanMaxRawJsonLength_IsRejectedWithTheLimit()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:MaxRawJsonLength"] = "300" });
        var appliance = new Appliance(bridge.CreateClient());

        var answer = await appliance.PostAsync(Eve.Lines([Eve.Alert(1)]));

        ((int)answer.StatusCode).ShouldBe(422);
        using JsonDocument report = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        report.RootElement.GetProperty("rejected")[0].GetProperty("reason").GetString()!.ShouldContain("rawJson is required (up to 300 characters)");
    }
}
