using System.Net;
using System.Text.Json;
using ApplianceBridge.Tests.Infrastructure;

namespace ApplianceBridge.Tests.Ingest;

public sealed class IngestAuthenticationTests : BridgeTestBase
{
    [Fact]
    public async Task Post_SignedBatch_AcceptedAndDelivered()
    {
        var appliance = new Appliance(StartBridge().CreateClient());
        string body = Eve.Lines([Eve.Alert(1), Eve.Stats(1), Eve.Heartbeat(1)]);

        var answer = await appliance.PostAcceptedAsync(body);

        answer.Accepted.ShouldBe(3);
        answer.Rejected.ShouldBeEmpty();
        await Wait.UntilAsync(() => Hub.StoredEvents == 3, "3 events at the hub");
    }

    [Fact]
    public async Task Post_BadSignature_Returns401WithReason()
    {
        var appliance = new Appliance(StartBridge().CreateClient());

        using HttpResponseMessage response = await appliance.PostAsync(Eve.Alerts(1, 2), signature: new string('a', 64));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ErrorAsync(response)).ShouldContain("signature mismatch");
    }

    [Fact]
    public async Task Post_SignedWithAnotherAppliancesSecret_Returns401()
    {
        var impostor = new Appliance(StartBridge().CreateClient(), BridgeFactory.Serial, BridgeFactory.OtherSecret);

        using HttpResponseMessage response = await impostor.PostAsync(Eve.Alerts(1, 2));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_UnknownSerial_Returns401()
    {
        var appliance = new Appliance(StartBridge().CreateClient(), "SN-UNKNOWN", BridgeFactory.Secret);

        using HttpResponseMessage response = await appliance.PostAsync(Eve.Alerts(1, 1));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ErrorAsync(response)).ShouldContain("unknown appliance serial");
    }

    [Fact]
    public async Task Post_MissingSignatureHeaders_Returns401()
    {
        HttpClient client = StartBridge().CreateClient();

        using HttpResponseMessage response = await client.PostAsync(ApplianceBridge.Ingest.IngestEndpoint.Path, new StringContent(Eve.Alerts(1, 1)), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task Post_TimestampOutsideSkewWindow_Returns401(int offsetSeconds)
    {
        var appliance = new Appliance(StartBridge().CreateClient());
        long stale = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds;

        using HttpResponseMessage response = await appliance.PostAsync(Eve.Alerts(1, 1), unixSeconds: stale);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ErrorAsync(response)).ShouldContain("more than 300 s from the bridge clock");
    }

    [Fact]
    public async Task Post_SameSignedRequestTwice_SecondReturns409()
    {
        var appliance = new Appliance(StartBridge().CreateClient());
        long now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        string body = Eve.Alerts(1, 3);

        using HttpResponseMessage first = await appliance.PostAsync(body, unixSeconds: now);
        using HttpResponseMessage replay = await appliance.PostAsync(body, unixSeconds: now);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        replay.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ErrorAsync(replay)).ShouldContain("replayed request");
    }

    [Fact]
    public async Task Post_Base64Signature_Accepted()
    {
        var appliance = new Appliance(StartBridge().CreateClient());
        long now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        string body = Eve.Alerts(1, 1);
        byte[] mac = ApplianceBridge.Ingest.RequestSignature.Compute(
            System.Text.Encoding.UTF8.GetBytes(BridgeFactory.Secret), now, System.Text.Encoding.UTF8.GetBytes(body));

        using HttpResponseMessage response = await appliance.PostAsync(body, unixSeconds: now, signature: Convert.ToBase64String(mac));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.GetProperty("error").GetString()!;
    }
}
