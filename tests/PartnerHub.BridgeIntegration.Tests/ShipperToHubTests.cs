using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerHub.BridgeIntegration.Tests.Support;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;

namespace PartnerHub.BridgeIntegration.Tests;

/// <summary>
/// A sensor connected as the bridge README says: Suricata writes eve.json (rotated by rename and by copytruncate),
/// `ApplianceBridge ship` tails it and is killed with SIGKILL mid-file and started again, the bridge relays to the hub.
/// Every line written ends up in the hub's SensorEvents exactly once, and the sensor stays online throughout.
/// </summary>
public sealed class ShipperToHubTests : ChainTestBase
{
    [Fact]
    public async Task Shipper_killed_mid_file_while_eve_json_rotates_delivers_every_line_exactly_once()
    {
        StartHub();
        Deployment sensor = await Deployments.DeployAsync(Hub!, Token);
        string secret = Deployments.NewSecret();
        BridgeProcess bridge = await StartBridgeAsync(BridgeProcess.Settings(SpoolPath, HubUrl, sensor.Serial, secret));
        string sensorFolder = Path.Combine(Folder, "suricata");
        Directory.CreateDirectory(sensorFolder);
        string eve = Path.Combine(sensorFolder, "eve.json");
        string keyFile = Path.Combine(Folder, "shipper.key");
        await File.WriteAllTextAsync(keyFile, secret + "\n", Token);
        string state = Path.Combine(Folder, "shipper", "position.json");
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        var written = new List<string>();

        void Write(int first, int count)
        {
            var lines = Enumerable.Range(first, count)
                .Select(n => n % 10 == 0 ? Eve.Heartbeat(now, n) : n % 10 == 5 ? Eve.Stats(now, n) : Eve.Alert(now, n)).ToList();
            File.AppendAllText(eve, Eve.Lines(lines));
            written.AddRange(lines);
        }

        Write(1, 2000);
        using (ChildProcess first = ShipperProcess.Start(eve, bridge.Url, sensor.Serial, keyFile, state))
        {
            await Wait.UntilAsync(() => File.Exists(state), "the shipper's first acknowledged batch");
            first.KillHard();
        }

        using (JsonDocument position = JsonDocument.Parse(await File.ReadAllBytesAsync(state, Token)))
        {
            position.RootElement.GetProperty("offset").GetInt64().ShouldBeLessThan(new FileInfo(eve).Length, "the kill should land mid-file");
        }

        // While the shipper is down: more lines, then logrotate renames eve.json and Suricata starts a new one.
        Write(2001, 40);
        File.Move(eve, eve + ".1");
        Write(2041, 60);

        using ChildProcess second = ShipperProcess.Start(eve, bridge.Url, sensor.Serial, keyFile, state);
        await Wait.UntilAsync(async () => await StoredCountAsync(sensor.Serial) == 2100, "the rest of the old file and the new one", timeoutSeconds: 90);
        // copytruncate while running: the copy keeps what was written, eve.json starts over.
        Write(2101, 50);
        File.Copy(eve, eve + "-copy");
        await using (var truncate = new FileStream(eve, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            truncate.SetLength(0);
        }

        Write(2151, 30);
        await Wait.UntilAsync(async () => await StoredCountAsync(sensor.Serial) == 2180, "every line after the copytruncate", timeoutSeconds: 90);
        await Task.Delay(TimeSpan.FromSeconds(1), Token);

        second.HasExited.ShouldBeFalse(second.Output);
        await using var db = Hub!.SystemContext();
        var stored = await db.SensorEvents.Where(e => e.ApplianceSerial == sensor.Serial).Select(e => new { e.EventId, e.RawJson, e.ApplianceId }).ToListAsync(Token);
        stored.Count.ShouldBe(2180);
        stored.Select(e => e.RawJson).Order(StringComparer.Ordinal).ShouldBe(written.Order(StringComparer.Ordinal));
        stored.ShouldAllBe(e => e.ApplianceId == sensor.ApplianceId);
        stored.Select(e => e.EventId).Order(StringComparer.Ordinal)
            .ShouldBe(written.Select(l => TelemetryEventId.Derive(sensor.Serial, System.Text.Encoding.UTF8.GetBytes(l))).Order(StringComparer.Ordinal));
        var health = await db.DeviceHealths.SingleAsync(h => h.ApplianceId == sensor.ApplianceId, Token);
        health.LastHeartbeatAt.ShouldNotBeNull();

        // Online throughout: the hub's evaluator (every 5 s here) never saw the sensor offline or silent while its shipper was
        // killed, restarted and its file rotated.
        await Wait.UntilAsync(async () =>
        {
            await using var read = Hub!.SystemContext();
            return await read.DeviceHealths.AnyAsync(h => h.ApplianceId == sensor.ApplianceId && h.State != DeviceState.NeverSeen, Token);
        }, "the hub's state evaluation of the sensor", timeoutSeconds: 30);
        await using var after = Hub!.SystemContext();
        (await after.DeviceHealths.SingleAsync(h => h.ApplianceId == sensor.ApplianceId, Token)).State.ShouldBeOneOf(DeviceState.Online, DeviceState.Degraded);
        (await after.DeviceStateChanges.Where(c => c.ApplianceId == sensor.ApplianceId).Select(c => c.To).ToListAsync(Token))
            .ShouldNotContain(state => state == DeviceState.Offline || state == DeviceState.Silent);
    }
}
