using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Features.Contracts.Lifecycle;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.ParameterSheets;

namespace PartnerHub.Features.Devices.Ingest;

/// <summary>
/// Stores a bridge's batch exactly once: a known batch id or event id is counted as a duplicate, new events are stored
/// with the tenant of their appliance, the device health pictures and daily alert counts move forward, and an
/// appliance's first telemetry confirms data collection for its registered parameter sheet (004 別紙4 §2-6) and starts
/// the service of a delivered contract. Everything of one batch is one transaction.
/// </summary>
public sealed class TelemetryIngestor(HubDbContextOptions contextOptions, TimeProvider clock, ILogger<TelemetryIngestor> logger) : IDisposable
{
    private const string By = "telemetry";

    // One writer per hub process: SQLite has one writer anyway, and it keeps the read-modify-write of health rows and
    // daily counts simple. Several hub instances are covered by the unique keys and the retry below.
    private readonly SemaphoreSlim _writer = new(1, 1);

    public void Dispose() => _writer.Dispose();

    public async Task<BatchIngestResponse> IngestAsync(TelemetryBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return await StoreAsync(batch, cancellationToken);
                }
                catch (DbUpdateException exception) when (attempt < 3)
                {
                    // Another hub instance stored some of these events (or the same batch) meanwhile: look again.
                    logger.LogInformation(exception, "Batch {BatchId} collided with a concurrent write; retrying", batch.BatchId);
                }
                catch (RegexMatchTimeoutException exception) when (attempt < 3)
                {
                    // The threat classifier's patterns have a wall-clock match timeout; on a CPU-starved host (or in a
                    // long GC pause) a short signature can exceed it. Inputs are bounded by the validator, so this is
                    // transient: try the batch again here instead of answering 500 and making the bridge back off.
                    logger.LogWarning(exception, "Batch {BatchId}: threat classification timed out; retrying", batch.BatchId);
                }
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<BatchIngestResponse> StoreAsync(TelemetryBatch batch, CancellationToken cancellationToken)
    {
        await using var db = contextOptions.Create(Infrastructure.Tenancy.TenantScope.System, clock);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (await db.IngestedBatches.AnyAsync(b => b.BatchId == batch.BatchId, cancellationToken))
        {
            return new BatchIngestResponse(0, batch.Events.Count);
        }

        var now = clock.GetUtcNow();
        var unique = batch.Events.DistinctBy(e => e.EventId, StringComparer.Ordinal).ToList();
        var ids = unique.Select(e => e.EventId).ToList();
        var stored = (await db.SensorEvents.Where(e => ids.Contains(e.EventId)).Select(e => e.EventId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var fresh = unique.Where(e => !stored.Contains(e.EventId)).OrderBy(e => e.ObservedAt).ToList();

        var links = await LinksAsync(db, fresh, cancellationToken);
        var classifier = fresh.Any(e => e.Kind == TelemetryKind.Alert)
            ? ThreatClassifier.Default.WithMappings(await db.ThreatMappingRules.AsNoTracking().ToListAsync(cancellationToken))
            : ThreatClassifier.Default;
        var healthByAppliance = await HealthAsync(db, links.Values, cancellationToken);
        var dailyCounts = await AlertDailyCounter.LoadAsync(db, links.Values.Select(l => l.ApplianceId),
            fresh.Where(e => e.Kind == TelemetryKind.Alert).Select(e => BusinessCalendar.TokyoDate(e.ReceivedAt)), cancellationToken);
        var restarts = new List<DeviceStateChange>();
        var rows = new List<SensorEvent>(fresh.Count);
        foreach (var telemetry in fresh)
        {
            links.TryGetValue(telemetry.ApplianceSerial, out var link);
            var sensorEvent = SensorEvent.From(telemetry, batch.BatchId, link, now, classifier);
            rows.Add(sensorEvent);
            if (link is null)
            {
                continue;
            }

            var health = healthByAppliance[link.ApplianceId];
            if (health.Observe(telemetry))
            {
                restarts.Add(new DeviceStateChange(Guid.NewGuid(), link.ApplianceId, link.PartnerId, telemetry.ReceivedAt, health.State, health.State, health.Issues, Restart: true));
            }

            if (sensorEvent.ThreatClass is { } threatClass)
            {
                // Counted on the day the bridge received it, like last seen and retention: an appliance whose clock is months
                // behind would otherwise have today's alerts land on a day long gone from the chart.
                dailyCounts.Increment(link.ApplianceId, link.PartnerId, link.CustomerId, BusinessCalendar.TokyoDate(telemetry.ReceivedAt), threatClass);
            }
        }

        foreach (var records in fresh.Where(e => links.ContainsKey(e.ApplianceSerial)).GroupBy(e => links[e.ApplianceSerial].ApplianceId))
        {
            healthByAppliance[records.Key].MeasureClockSkew(records.ToList());
        }

        db.DeviceStateChanges.AddRange(restarts);
        await ConfirmDataCollectionAsync(db, links.Values, now, cancellationToken);
        db.IngestedBatches.Add(new IngestedBatch(batch.BatchId, batch.BridgeId, now, fresh.Count, batch.Events.Count - fresh.Count));
        db.ChangeTracker.DetectChanges();
        await SensorEventWriter.SaveAsync(db, rows, cancellationToken);
        return new BatchIngestResponse(fresh.Count, batch.Events.Count - fresh.Count);
    }

    private static async Task<Dictionary<string, ApplianceLink>> LinksAsync(HubDbContext db, List<TelemetryEvent> events, CancellationToken cancellationToken)
    {
        var serials = events.Select(e => e.ApplianceSerial.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.Appliances
            .Where(a => serials.Contains(a.SerialNumber))
            .Select(a => new
            {
                a.Id,
                a.SerialNumber,
                a.ModelCode,
                a.PartnerId,
                a.ContractId,
                CustomerId = db.Contracts.Where(c => c.Id == a.ContractId).Select(c => (Guid?)c.CustomerId).FirstOrDefault(),
                ServiceEnded = db.Contracts.Any(c => c.Id == a.ContractId && c.ServiceEndedOn != null),
                a.Status,
            })
            .ToListAsync(cancellationToken);
        // Serials are stored upper case; events are looked up as sent. After the service has ended the appliance's records
        // are kept as from an unknown sensor: they no longer belong to the contract, its partner or its customer. So are a
        // lost or swapped-out unit's: its replacement serves the contract now.
        return rows.Where(r => !r.ServiceEnded && Appliance.ServesContractIn(r.Status)).ToDictionary(r => r.SerialNumber, r => new ApplianceLink(r.Id, r.SerialNumber, r.ModelCode, r.PartnerId, r.ContractId, r.CustomerId),
            StringComparer.OrdinalIgnoreCase);
    }

    private static async Task<Dictionary<Guid, DeviceHealth>> HealthAsync(HubDbContext db, IEnumerable<ApplianceLink> links, CancellationToken cancellationToken)
    {
        var byId = links.ToDictionary(l => l.ApplianceId);
        var ids = byId.Keys.ToList();
        var existing = await db.DeviceHealths.Where(h => ids.Contains(h.ApplianceId)).ToDictionaryAsync(h => h.ApplianceId, cancellationToken);
        foreach (var link in byId.Values)
        {
            if (!existing.TryGetValue(link.ApplianceId, out var health))
            {
                health = new DeviceHealth(link.ApplianceId, link.SerialNumber, link.ModelCode);
                db.DeviceHealths.Add(health);
                existing.Add(link.ApplianceId, health);
            }

            health.AssignTo(link.PartnerId, link.ContractId, link.CustomerId, link.ModelCode);
        }

        return existing;
    }

    private static async Task ConfirmDataCollectionAsync(HubDbContext db, IEnumerable<ApplianceLink> links, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contractIds = links.Where(l => l.ContractId is not null).Select(l => l.ContractId).Distinct().ToList();
        if (contractIds.Count == 0)
        {
            return;
        }

        var sheets = await db.ParameterSheets
            .Where(s => s.Status == ParameterSheetStatus.Registered && contractIds.Contains(s.ContractId))
            .ToListAsync(cancellationToken);
        foreach (var sheet in sheets)
        {
            var serial = links.First(l => l.ContractId == sheet.ContractId).SerialNumber;
            sheet.ConfirmByTelemetry(now, serial);
            await ContractProgress.DataCollectionConfirmedAsync(db, sheet.ContractId!.Value, "data collection confirmed by telemetry from " + serial, now, By, cancellationToken);
        }
    }
}
