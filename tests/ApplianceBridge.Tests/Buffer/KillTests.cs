using System.Collections.Concurrent;
using System.Net;
using ApplianceBridge.Tests.Infrastructure;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Tests.Buffer;

public sealed class KillTests : BridgeTestBase
{
    [Fact]
    public async Task KillMinus9_WhileReceivingAndForwarding_ZeroLostZeroDuplicated()
    {
        // A slow hub keeps batches in flight and the spool non-empty when the kill lands.
        Hub.ResponseDelay = TimeSpan.FromMilliseconds(100);
        Dictionary<string, string?> settings = BridgeFactory.Settings(SpoolPath, Hub.Url);
        settings["ApplianceBridge:ForwardBatchSize"] = "40";
        using BridgeProcess first = await BridgeProcess.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = first.Url, Timeout = TimeSpan.FromSeconds(10) };

        var bodies = Enumerable.Range(0, 60).Select(b => Eve.Alerts(b * 50, 50)).ToArray();
        var acknowledged = new ConcurrentBag<int>();
        var sending = Task.Run(async () =>
        {
            var appliance = new Appliance(http);
            for (int b = 0; b < bodies.Length; b++)
            {
                try
                {
                    using HttpResponseMessage response = await appliance.PostAsync(bodies[b]);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        acknowledged.Add(b);
                    }
                }
                catch (HttpRequestException)
                {
                    return;
                }

                // Paced like a sensor, so the kill lands while batches are still arriving.
                await Task.Delay(20);
            }
        }, TestContext.Current.CancellationToken);

        await Wait.UntilAsync(() => acknowledged.Count >= 30 && Hub.Requests >= 2, "half the batches acknowledged and forwarding under way");
        first.KillHard();
        await sending;
        int acknowledgedBeforeKill = acknowledged.Count;
        acknowledgedBeforeKill.ShouldBeLessThan(bodies.Length, "the kill should land mid-stream");

        using BridgeProcess second = await BridgeProcess.StartAsync(settings, first.Url);
        // Like a real appliance, resend every batch that was not acknowledged (some may have been committed already).
        using var http2 = new HttpClient { BaseAddress = second.Url, Timeout = TimeSpan.FromSeconds(10) };
        var resender = new Appliance(http2);
        for (int b = 0; b < bodies.Length; b++)
        {
            if (!acknowledged.Contains(b))
            {
                using HttpResponseMessage response = await resender.PostAsync(bodies[b]);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, second.Output);
            }
        }

        int expected = bodies.Length * 50;
        await Wait.UntilAsync(() => Hub.StoredEvents == expected, $"all {expected} events at the hub", timeoutSeconds: 60);

        // Zero lost: every line sent is at the hub, in particular each one acknowledged before the kill.
        foreach (int b in acknowledged)
        {
            foreach (string line in bodies[b].Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Hub.HasEvent(resender.EventId(line)).ShouldBeTrue();
            }
        }

        // Zero duplicated: no event id reached the hub under two batch ids, so any raw re-delivery was the same batch
        // resent with its idempotency key, which the hub answered as a duplicate.
        IReadOnlyCollection<TelemetryBatch> deliveries = Hub.Deliveries;
        deliveries.SelectMany(d => d.Events.Select(e => (e.EventId, d.BatchId))).Distinct()
            .GroupBy(x => x.EventId).ShouldAllBe(g => g.Count() == 1);
        foreach (IGrouping<Guid, TelemetryBatch> resent in deliveries.GroupBy(d => d.BatchId).Where(g => g.Count() > 1))
        {
            resent.Select(d => string.Join(",", d.Events.Select(e => e.EventId))).Distinct().Count().ShouldBe(1);
        }

        Hub.StoredEvents.ShouldBe(expected);
        TestContext.Current.SendDiagnosticMessage(
            $"acknowledged before kill: {acknowledgedBeforeKill}/{bodies.Length} batches; hub requests {Hub.Requests}, raw event deliveries {Hub.DeliveredEventCount}, stored {Hub.StoredEvents}");
    }
}
