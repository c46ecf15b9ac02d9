extern alias hub;

using System.Diagnostics;
using System.Globalization;
using hub::PartnerHub.Data;
using hub::PartnerHub.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Benchmarks;

// Where a TelemetryIngestor batch spends its time: the steps of its StoreAsync for the SensorEvent rows (the part that
// grows with the batch), timed one by one on the hub's context. Health rows, daily counts and the receipt are a few
// rows per batch and are left out.
internal static class HubProfile
{
    public static async Task RunAsync(string work, int seconds)
    {
        await using RealHub hub = await RealHub.StartAsync(Path.Combine(work, "hub-profile.db"), BenchSupport.FreePort(), 20);
        TelemetryEvent[] template = RealHubPhases.Template(1000);
        var options = hub.Services.GetRequiredService<HubDbContextOptions>();
        string[] steps = ["context", "batch lookup", "event-id lookup", "From+Add", "DetectChanges", "SaveChanges"];
        var totals = new double[steps.Length];
        int batches = 0;
        string load = BenchSupport.Load();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            TelemetryEvent[] batch = RealHubPhases.Fresh(template);
            Guid batchId = Guid.NewGuid();
            long t = Stopwatch.GetTimestamp();
            void Lap(int step)
            {
                long now = Stopwatch.GetTimestamp();
                if (batches > 0)
                {
                    totals[step] += Stopwatch.GetElapsedTime(t, now).TotalMilliseconds;
                }

                t = now;
            }

            await using (HubDbContext db = options.Create(TenantScope.System, TimeProvider.System))
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                Lap(0);
                await db.IngestedBatches.AnyAsync(b => b.BatchId == batchId);
                Lap(1);
                var ids = batch.Select(e => e.EventId).ToList();
                var stored = await db.SensorEvents.Where(e => ids.Contains(e.EventId)).Select(e => e.EventId).ToListAsync();
                Lap(2);
                DateTimeOffset ingested = TimeProvider.System.GetUtcNow();
                foreach (TelemetryEvent telemetry in batch)
                {
                    db.SensorEvents.Add(SensorEvent.From(telemetry, batchId, null, ingested, ThreatClassifier.Default));
                }

                Lap(3);
                db.ChangeTracker.DetectChanges();
                Lap(4);
                await db.SaveChangesAsync();
                Lap(5);
            }

            batches++;
        }

        int measured = batches - 1;
        double sum = totals.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hub ingest profile, batches of {template.Length}, {measured} batches measured: {measured * template.Length / (sum / 1000):F0} events/s for these steps [{load} → {BenchSupport.Load()}]"));
        for (int i = 0; i < steps.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {steps[i],-16} {totals[i] / measured,8:F1} ms/batch  {100 * totals[i] / sum,5:F1} %"));
        }
    }
}
