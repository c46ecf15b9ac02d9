using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerHub.BridgeIntegration.Tests.Support;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.ParameterSheets;

namespace PartnerHub.BridgeIntegration.Tests;

/// <summary>
/// The whole chain with nothing faked: a signing appliance → the real bridge (child process, SQLite spool) → the real
/// hub (its Program on Kestrel, migrations, seed, bearer key, TelemetryIngestor) → the hub's SQLite file.
/// </summary>
public sealed class BridgeToHubTests : ChainTestBase
{
    [Fact]
    public async Task Signed_heartbeat_stats_and_alert_reach_the_hub_once_with_health_and_threat_class()
    {
        StartHub();
        Deployment sensor = await Deployments.DeployAsync(Hub!, Token);
        string secret = Deployments.NewSecret();
        BridgeProcess bridge = await StartBridgeAsync(BridgeProcess.Settings(SpoolPath, HubUrl, sensor.Serial, secret));
        using var http = bridge.CreateClient();
        var appliance = new SensorAppliance(http, sensor.Serial, secret);
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        string body = Eve.Lines([Eve.Heartbeat(now, 1), Eve.Stats(now, 2), Eve.Alert(now, 3)]);

        long signedAt = now.ToUnixTimeSeconds();
        string first = await appliance.PostAcceptedAsync(body, Token, signedAt);
        await Wait.UntilAsync(async () => await StoredCountAsync(sensor.Serial) == 3, "the three events in the hub's SensorEvents");
        // The appliance resends the same lines, signed afresh (its answer was lost): the bridge's duplicate window absorbs them.
        string again = await appliance.PostAcceptedAsync(body, Token, signedAt + 1);
        await Wait.UntilAsync(async () => (await HealthAsync(http)).GetProperty("data").GetProperty("spoolEvents").GetInt64() == 0, "the bridge's spool drained");

        JsonDocument.Parse(first).RootElement.GetProperty("accepted").GetInt32().ShouldBe(3);
        JsonDocument.Parse(again).RootElement.GetProperty("duplicates").GetInt32().ShouldBe(3);
        await using var db = Hub!.SystemContext();
        var stored = await db.SensorEvents.Where(e => e.ApplianceSerial == sensor.Serial).ToListAsync(Token);
        stored.Count.ShouldBe(3);
        stored.Select(e => e.EventId).Order().ShouldBe(appliance.EventIds(body).Order());
        stored.ShouldAllBe(e => e.ApplianceId == sensor.ApplianceId && e.PartnerId == sensor.PartnerId && e.CustomerId == sensor.CustomerId);
        stored.Select(e => e.Kind).Order().ShouldBe(new[] { TelemetryKind.Heartbeat, TelemetryKind.CaptureStats, TelemetryKind.Alert }.Order());
        var alert = stored.Single(e => e.Kind == TelemetryKind.Alert);
        alert.ThreatClass.ShouldBe(ThreatClass.MalwareCommunication);
        alert.Signature.ShouldBe("ET MALWARE Cobalt Strike Beacon Observed");
        alert.SourceIp.ShouldBe("192.168.10.23");
        alert.RawJson.ShouldBe(body.Split('\n')[2]);

        var health = await db.DeviceHealths.SingleAsync(h => h.ApplianceId == sensor.ApplianceId, Token);
        health.LastHeartbeatAt.ShouldNotBeNull();
        health.LastHeartbeatAt.Value.ShouldBe(stored.Single(e => e.Kind == TelemetryKind.Heartbeat).ObservedAt);
        health.CpuPercent.ShouldBe(23.5);
        health.SoftwareVersion.ShouldBe("7.0.8-sensor.3");
        health.KernelPackets.ShouldBe(1_000_002);
        health.LastAlertAt.ShouldNotBeNull();
        (await db.AlertDailyCounts.Where(c => c.ApplianceId == sensor.ApplianceId).SumAsync(c => c.Count, Token)).ShouldBe(1);
        // Filters in SQL, with EF's parameter conversions: the rows are stored exactly as EF Core writes them
        // (Guid text, DateTimeOffset binary, enum names), whichever way the ingest inserted them.
        var heartbeatAt = health.LastHeartbeatAt.Value;
        var batchId = stored[0].BatchId;
        (await db.SensorEvents.CountAsync(e => e.ApplianceId == sensor.ApplianceId && e.PartnerId == sensor.PartnerId && e.ContractId == sensor.ContractId
            && e.CustomerId == sensor.CustomerId && e.BatchId == batchId, Token)).ShouldBe(3);
        (await db.SensorEvents.CountAsync(e => e.ApplianceId == sensor.ApplianceId && e.Kind == TelemetryKind.Heartbeat && e.ObservedAt == heartbeatAt && e.UptimeSeconds == 86_401, Token)).ShouldBe(1);
        (await db.SensorEvents.CountAsync(e => e.ApplianceId == sensor.ApplianceId && e.ThreatClass == ThreatClass.MalwareCommunication && e.ThreatKind == ThreatKind.CommandAndControl
            && e.Severity == AlertSeverity.High && e.SignatureId == 2028591 && e.SourcePort == 50003 && e.DestinationPort == 443 && e.Protocol == "TCP" && e.AppProtocol == "tls", Token)).ShouldBe(1);
        (await db.SensorEvents.CountAsync(e => e.ApplianceId == sensor.ApplianceId && e.ObservedAt > now.AddMinutes(-1) && e.ReceivedAt > now.AddMinutes(-1) && e.IngestedAt > now.AddMinutes(-1), Token)).ShouldBe(3);
        (await db.ParameterSheets.SingleAsync(s => s.Id == sensor.SheetId, Token)).Status.ShouldBe(ParameterSheetStatus.DataCollectionConfirmed);
        var receipts = await db.IngestedBatches.Where(b => b.BridgeId == RealHub.BridgeId).ToListAsync(Token);
        receipts.Sum(r => r.Accepted).ShouldBe(3);
    }

    [Fact]
    public async Task Hub_down_then_up_every_event_arrives_exactly_once()
    {
        StartHub();
        Deployment sensor = await Deployments.DeployAsync(Hub!, Token);
        string secret = Deployments.NewSecret();
        var settings = BridgeProcess.Settings(SpoolPath, HubUrl, sensor.Serial, secret);
        settings["ApplianceBridge:ForwardBatchSize"] = "25";
        BridgeProcess bridge = await StartBridgeAsync(settings);
        using var http = bridge.CreateClient();
        var appliance = new SensorAppliance(http, sensor.Serial, secret);
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        var bodies = Enumerable.Range(0, 8).Select(b => Eve.Alerts(now, b * 25, 25)).ToArray();
        await appliance.PostAcceptedAsync(bodies[0], Token);
        await Wait.UntilAsync(async () => await StoredCountAsync(sensor.Serial) == 25, "the first batch in the hub while it is up");

        await StopHubAsync();
        foreach (string body in bodies.Skip(1))
        {
            await appliance.PostAcceptedAsync(body, Token);
        }

        await Wait.UntilAsync(async () => !(await http.GetStringAsync(new Uri("/metrics", UriKind.Relative), Token)).Contains("bridge_forward_retries_total 0\n", StringComparison.Ordinal), "the bridge to retry the stopped hub");
        JsonElement down = await HealthAsync(http);
        down.GetProperty("data").GetProperty("spoolEvents").GetInt64().ShouldBe(175);
        down.GetProperty("status").GetString().ShouldBe("Degraded");

        StartHub();
        await Wait.UntilAsync(async () => await StoredCountAsync(sensor.Serial) == 200, "all 200 events in the hub after it came back");
        await Wait.UntilAsync(async () => (await HealthAsync(http)).GetProperty("data").GetProperty("spoolEvents").GetInt64() == 0, "the spool drained");

        await using var db = Hub!.SystemContext();
        var ids = await db.SensorEvents.Where(e => e.ApplianceSerial == sensor.Serial).Select(e => e.EventId).ToListAsync(Token);
        ids.Count.ShouldBe(200);
        ids.Distinct(StringComparer.Ordinal).Count().ShouldBe(200);
        ids.Order(StringComparer.Ordinal).ShouldBe(bodies.SelectMany(appliance.EventIds).Order(StringComparer.Ordinal));
        var receipts = await db.IngestedBatches.Where(b => b.BridgeId == RealHub.BridgeId).ToListAsync(Token);
        receipts.Sum(r => r.Accepted).ShouldBe(200, "every event accepted in exactly one batch");
        receipts.Sum(r => r.Duplicates).ShouldBe(0);
        (await db.AlertDailyCounts.Where(c => c.ApplianceId == sensor.ApplianceId).SumAsync(c => c.Count, Token)).ShouldBe(200);
    }

    [Fact]
    public async Task Bridge_killed_mid_stream_and_restarted_on_its_spool_loses_and_duplicates_nothing()
    {
        StartHub();
        Deployment sensor = await Deployments.DeployAsync(Hub!, Token);
        string secret = Deployments.NewSecret();
        var settings = BridgeProcess.Settings(SpoolPath, HubUrl, sensor.Serial, secret);
        settings["ApplianceBridge:ForwardBatchSize"] = "40";
        BridgeProcess first = await StartBridgeAsync(settings);
        using var http = first.CreateClient(TimeSpan.FromSeconds(10));
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        var bodies = Enumerable.Range(0, 60).Select(b => Eve.Alerts(now, b * 50, 50)).ToArray();
        var acknowledged = new ConcurrentBag<int>();
        var sending = Task.Run(async () =>
        {
            var appliance = new SensorAppliance(http, sensor.Serial, secret);
            for (int b = 0; b < bodies.Length; b++)
            {
                try
                {
                    using HttpResponseMessage response = await appliance.PostAsync(bodies[b], CancellationToken.None);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        acknowledged.Add(b);
                    }
                }
                catch (HttpRequestException)
                {
                    return;
                }

                await Task.Delay(20, CancellationToken.None);
            }
        }, Token);

        await Wait.UntilAsync(async () => acknowledged.Count >= 30 && await StoredCountAsync(sensor.Serial) >= 80, "half the batches acknowledged and some in the hub");
        first.KillHard();
        await sending;
        int acknowledgedBeforeKill = acknowledged.Count;
        int inHubAtKill = await StoredCountAsync(sensor.Serial);
        acknowledgedBeforeKill.ShouldBeLessThan(bodies.Length, "the kill should land mid-stream");

        BridgeProcess second = await StartBridgeAsync(settings, first.Url);
        using var http2 = second.CreateClient(TimeSpan.FromSeconds(10));
        var resender = new SensorAppliance(http2, sensor.Serial, secret);
        // Like a real appliance, resend every batch without a 200 (some may have been committed before the kill).
        for (int b = 0; b < bodies.Length; b++)
        {
            if (!acknowledged.Contains(b))
            {
                using HttpResponseMessage response = await resender.PostAsync(bodies[b], Token);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, second.Output);
            }
        }

        int expected = bodies.Length * 50;
        await Wait.UntilAsync(async () => await StoredCountAsync(sensor.Serial) == expected, $"all {expected} events in the hub", timeoutSeconds: 120);
        await Wait.UntilAsync(async () => (await HealthAsync(http2)).GetProperty("data").GetProperty("spoolEvents").GetInt64() == 0, "the spool drained");

        await using var db = Hub!.SystemContext();
        var ids = (await db.SensorEvents.Where(e => e.ApplianceSerial == sensor.Serial).Select(e => e.EventId).ToListAsync(Token)).ToHashSet(StringComparer.Ordinal);
        ids.Count.ShouldBe(expected);
        foreach (int b in acknowledged)
        {
            resender.EventIds(bodies[b]).ShouldAllBe(id => ids.Contains(id), $"batch {b} was acknowledged before the kill");
        }

        ids.SetEquals(bodies.SelectMany(resender.EventIds)).ShouldBeTrue();
        // Zero duplicated: each event accepted in exactly one hub batch and counted once in the daily alert counts.
        var receipts = await db.IngestedBatches.Where(b => b.BridgeId == RealHub.BridgeId).ToListAsync(Token);
        receipts.Sum(r => r.Accepted).ShouldBe(expected);
        (await db.AlertDailyCounts.Where(c => c.ApplianceId == sensor.ApplianceId).SumAsync(c => c.Count, Token)).ShouldBe(expected);
        (await db.SensorEvents.Where(e => e.ApplianceSerial == sensor.Serial).Select(e => e.BatchId).Distinct().CountAsync(Token)).ShouldBe(receipts.Count(r => r.Accepted > 0));
        TestContext.Current.SendDiagnosticMessage(
            $"acknowledged before kill: {acknowledgedBeforeKill}/{bodies.Length} batches; in the hub at the kill: {inHubAtKill}; hub batches {receipts.Count}, duplicates reported {receipts.Sum(r => r.Duplicates)}");
    }

    [Fact]
    public async Task A_wrong_hub_key_quarantines_the_batch_with_the_401_and_stores_nothing()
    {
        StartHub();
        Deployment sensor = await Deployments.DeployAsync(Hub!, Token);
        string secret = Deployments.NewSecret();
        BridgeProcess bridge = await StartBridgeAsync(BridgeProcess.Settings(SpoolPath, HubUrl, sensor.Serial, secret, hubApiKey: "not-the-hub-key-0123456789"));
        using var http = bridge.CreateClient();
        var appliance = new SensorAppliance(http, sensor.Serial, secret);

        await appliance.PostAcceptedAsync(Eve.Alerts(TimeProvider.System.GetUtcNow(), 1, 5), Token);

        await Wait.UntilAsync(async () => (await http.GetStringAsync(new Uri("/metrics", UriKind.Relative), Token)).Contains("bridge_quarantine_events 5", StringComparison.Ordinal), "the batch in quarantine");
        JsonElement[] quarantined = (await http.GetFromJsonAsync<JsonElement[]>(new Uri("/quarantine", UriKind.Relative), Token))!;
        quarantined.Length.ShouldBe(1);
        quarantined[0].GetProperty("status").GetInt32().ShouldBe(401);
        quarantined[0].GetProperty("reason").GetString()!.ShouldContain("401");
        quarantined[0].GetProperty("reason").GetString()!.ShouldContain("bridge API key");
        quarantined[0].GetProperty("eventCount").GetInt32().ShouldBe(5);
        JsonElement health = await HealthAsync(http);
        health.GetProperty("status").GetString().ShouldBe("Degraded");
        health.GetProperty("data").GetProperty("spoolEvents").GetInt64().ShouldBe(0);
        (await StoredCountAsync(sensor.Serial)).ShouldBe(0);
        await using var db = Hub!.SystemContext();
        (await db.IngestedBatches.AnyAsync(b => b.BridgeId == RealHub.BridgeId, Token)).ShouldBeFalse();
        (await db.DeviceHealths.AnyAsync(h => h.ApplianceId == sensor.ApplianceId, Token)).ShouldBeFalse();
    }
}
