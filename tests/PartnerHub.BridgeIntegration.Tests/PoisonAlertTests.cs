using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerHub.BridgeIntegration.Tests.Support;
using PartnerHub.Domain.Devices.Telemetry;

namespace PartnerHub.BridgeIntegration.Tests;

/// <summary>
/// An alert whose signature is longer than the hub stores (SensorEvents.Signature is 512 characters) must be refused to
/// its appliance by the bridge (the same TelemetryEventRules as the hub), and by the hub as breaking the contract (422),
/// never fail a batch with a 500: the bridge retries a 500 forever, oldest batch first, so one such line would stall
/// every appliance's telemetry behind it; a 422 quarantines a whole shared batch. A long signature made
/// the threat classifier's regular expressions run into their match timeout, which surfaced as that 500.
/// </summary>
public sealed class PoisonAlertTests : ChainTestBase
{
    // 40,000 characters: "WMI " repeated makes the lateral-movement pattern (\bWMI\b.*\bEXEC) scan quadratically.
    private static readonly string LongSignature = "ET POLICY " + string.Concat(Enumerable.Repeat("WMI ", 10_000));

    [Fact]
    public async Task An_alert_with_a_signature_longer_than_the_hub_stores_is_refused_by_the_bridge_and_the_rest_of_the_batch_arrives()
    {
        StartHub();
        Deployment sensor = await Deployments.DeployAsync(Hub!, Token);
        string secret = Deployments.NewSecret();
        BridgeProcess bridge = await StartBridgeAsync(BridgeProcess.Settings(SpoolPath, HubUrl, sensor.Serial, secret));
        using var http = bridge.CreateClient();
        var appliance = new SensorAppliance(http, sensor.Serial, secret);
        DateTimeOffset now = TimeProvider.System.GetUtcNow();

        string answer = await appliance.PostAcceptedAsync(Eve.Lines([Eve.Alert(now, 1, LongSignature, "Misc activity"), .. Enumerable.Range(100, 5).Select(n => Eve.Alert(now, n))]), Token);

        using JsonDocument report = JsonDocument.Parse(answer);
        report.RootElement.GetProperty("accepted").GetInt32().ShouldBe(5);
        JsonElement rejected = report.RootElement.GetProperty("rejected").EnumerateArray().Single();
        rejected.GetProperty("line").GetInt32().ShouldBe(1);
        rejected.GetProperty("reason").GetString()!.ShouldContain("alert.signature");
        await Wait.UntilAsync(async () => await StoredCountAsync(sensor.Serial) == 5, "the five good lines in the hub");
        (await http.GetStringAsync(new Uri("/metrics", UriKind.Relative), Token)).ShouldContain("bridge_quarantine_events 0\n");
        (await http.GetFromJsonAsync<JsonElement[]>(new Uri("/quarantine", UriKind.Relative), Token))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_hub_answers_422_for_alert_fields_longer_than_its_columns()
    {
        StartHub();
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        string line = Eve.Alert(now, 1, LongSignature, "Misc activity");
        var alert = new AlertPayload(2027000, LongSignature, "Misc activity", 2, "192.168.1.1", 1, "192.168.1.2", 2, "TCP", "tls");
        var telemetry = new TelemetryEvent(TelemetryEventId.Derive("SN-POISON", Encoding.UTF8.GetBytes(line)), "SN-POISON", now, now, TelemetryKind.Alert, null, null, alert, "alert", line);
        using var client = new HttpClient { BaseAddress = HubUrl };
        foreach (TelemetryEvent candidate in new[]
        {
            telemetry,
            telemetry with { Alert = alert with { Signature = "ET SCAN short", Category = new string('c', 257) } },
            telemetry with { Alert = alert with { Signature = "ET SCAN short", SourceIp = new string('1', 65) } },
            telemetry with { Alert = alert with { Signature = "ET SCAN short", AppProtocol = new string('a', 33) } },
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, BridgeIngestContract.BatchesPath)
            {
                Content = JsonContent.Create(new TelemetryBatch(RealHub.BridgeId, Guid.NewGuid(), [candidate]), TelemetryJsonContext.Default.TelemetryBatch),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RealHub.BridgeApiKey);

            using HttpResponseMessage response = await client.SendAsync(request, Token);

            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync(Token));
            (await response.Content.ReadAsStringAsync(Token)).ShouldContain("events[0]: alert.");
        }

        await using var db = Hub!.SystemContext();
        (await db.SensorEvents.AnyAsync(e => e.ApplianceSerial == "SN-POISON", Token)).ShouldBeFalse();
    }
}
