using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Devices;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Features.Devices.Ingest;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Devices.ThreatMappings;

/// <summary>
/// Re-applies the classification with the current mapping rules to every stored alert, on vendor operations' request,
/// moving the daily counts of each alert that changes class. Works through the alerts in chunks, each chunk one save, so
/// a large table is not held in memory or in one transaction; the ingest keeps running meanwhile.
/// </summary>
public sealed class ThreatReclassification(IDbContextFactory<HubDbContext> contextFactory, CurrentUser user)
{
    private const int ChunkSize = 2000;

    /// <summary>Reclassifies the stored alerts; returns how many changed class or kind.</summary>
    public async Task<int> ReapplyAsync(CancellationToken cancellationToken = default)
    {
        if (!user.IsInAnyRole(DevicesPermissions.MappingRoles))
        {
            throw new UnauthorizedAccessException("Only vendor operations re-apply threat mapping rules.");
        }

        ThreatClassifier classifier;
        await using (var rules = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            classifier = ThreatClassifier.Default.WithMappings(await rules.ThreatMappingRules.AsNoTracking().ToListAsync(cancellationToken));
        }

        int changed = 0;
        string after = "";
        while (true)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var chunk = await db.SensorEvents
                .Where(e => e.Kind == TelemetryKind.Alert && e.EventId.CompareTo(after) > 0)
                .OrderBy(e => e.EventId)
                .Take(ChunkSize)
                .ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                return changed;
            }

            changed += await ReclassifyAsync(db, chunk, classifier, cancellationToken);
            after = chunk[^1].EventId;
        }
    }

    private static async Task<int> ReclassifyAsync(HubDbContext db, List<SensorEvent> chunk, ThreatClassifier classifier, CancellationToken cancellationToken)
    {
        var moved = chunk.Select(e => (Event: e, From: e.Reclassify(classifier))).Where(m => m.From is not null).ToList();
        if (moved.Count == 0)
        {
            return 0;
        }

        var counted = moved.Where(m => m.Event.ApplianceId is not null).ToList();
        var counter = await AlertDailyCounter.LoadAsync(db, counted.Select(m => m.Event.ApplianceId!.Value),
            counted.Select(m => BusinessCalendar.TokyoDate(m.Event.ReceivedAt)), cancellationToken);
        foreach (var (sensorEvent, from) in counted)
        {
            var day = BusinessCalendar.TokyoDate(sensorEvent.ReceivedAt);
            if (from != sensorEvent.ThreatClass)
            {
                counter.Decrement(sensorEvent.ApplianceId!.Value, day, from!.Value);
                counter.Increment(sensorEvent.ApplianceId.Value, sensorEvent.PartnerId, sensorEvent.CustomerId, day, sensorEvent.ThreatClass!.Value);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return moved.Count;
    }
}
