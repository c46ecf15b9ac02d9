using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.ParameterSheets;

namespace PartnerHub.Features.ParameterSheets.Observed;

/// <summary>A registered sheet next to what its appliance reports (issue 14).</summary>
public sealed record SheetObservation(Guid SheetId, int SheetVersion, Guid ApplianceId, string SerialNumber, DateTimeOffset? LastSeenAt, IReadOnlyList<SheetCheckResult> Checks)
{
    public bool HasMismatch => Checks.Any(c => c.Outcome == SheetCheckOutcome.Mismatch);
}

/// <summary>
/// Finds the registered sheet and the appliance of one contract and compares them. Tenant filters scope every query to
/// the signed-in user's partner, so another partner's sheet or appliance is simply not found.
/// </summary>
public sealed class SheetObservationQueries(IDbContextFactory<HubDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Days of events whose addresses are compared with the monitored segments.</summary>
    public const int AddressWindowDays = 14;

    /// <summary>The comparison for the appliance's contract, or null when it has no registered sheet.</summary>
    public async Task<SheetObservation?> ForApplianceAsync(Guid applianceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var health = await db.DeviceHealths.AsNoTracking().SingleOrDefaultAsync(h => h.ApplianceId == applianceId, cancellationToken);
        if (health?.ContractId is not { } contractId)
        {
            return null;
        }

        var sheet = await RegisteredSheets(db).Where(s => s.ContractId == contractId).FirstOrDefaultAsync(cancellationToken);
        return sheet is null ? null : await CompareAsync(db, sheet, health, cancellationToken);
    }

    /// <summary>The comparison for a registered sheet, or null before registration or before its appliance reports.</summary>
    public async Task<SheetObservation?> ForSheetAsync(Guid sheetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sheet = await RegisteredSheets(db).SingleOrDefaultAsync(s => s.Id == sheetId, cancellationToken);
        if (sheet?.ContractId is not { } contractId)
        {
            return null;
        }

        var health = await db.DeviceHealths.AsNoTracking().Where(h => h.ContractId == contractId)
            .OrderByDescending(h => h.LastSeenAt).FirstOrDefaultAsync(cancellationToken);
        return health is null ? null : await CompareAsync(db, sheet, health, cancellationToken);
    }

    private static IQueryable<ParameterSheet> RegisteredSheets(HubDbContext db) =>
        db.ParameterSheets.AsNoTracking().Include(s => s.Versions)
            .Where(s => s.Status == ParameterSheetStatus.Registered || s.Status == ParameterSheetStatus.DataCollectionConfirmed);

    private async Task<SheetObservation> CompareAsync(HubDbContext db, ParameterSheet sheet, DeviceHealth health, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-AddressWindowDays);
        // Alerts and the traffic records (flow, dns, http, tls… stored as "other" with their addresses), so an unregistered
        // network shows even when nothing in it alerts; the kinds also let the (appliance, kind, time) index narrow the read.
        var events = db.SensorEvents.AsNoTracking()
            .Where(e => e.ApplianceId == health.ApplianceId && (e.Kind == TelemetryKind.Alert || e.Kind == TelemetryKind.Other)
                && e.ContractId == sheet.ContractId && e.ReceivedAt >= since);
        var addresses = await events.Where(e => e.SourceIp != null).Select(e => e.SourceIp!)
            .Union(events.Where(e => e.DestinationIp != null).Select(e => e.DestinationIp!))
            .ToListAsync(cancellationToken);
        var observed = new ApplianceObservation(health.MonitoredEndpoints, health.BandwidthMbps, addresses);
        var current = sheet.Current;
        return new SheetObservation(sheet.Id, current.Number, health.ApplianceId, health.SerialNumber, health.LastSeenAt,
            SheetVsObserved.Compare(current.Content, ApplianceModels.Find(sheet.ModelCode), observed));
    }
}
