using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Retention;

namespace PartnerHub.Features.Devices.Retention;

/// <summary>
/// Erases an ended contract's telemetry: its sensor records, the daily alert counts and state history of its
/// appliances for this customer, and their health rows. The appliances themselves (hub property) stay.
/// </summary>
public sealed class ContractTelemetryEraser : IEndedServiceDataEraser
{
    public async Task EraseContractDataAsync(HubDbContext db, Guid customerId, Guid contractId, ErasureWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        var appliances = await db.DeviceHealths.Where(h => h.ContractId == contractId).Select(h => h.ApplianceId)
            .Union(db.Appliances.Where(a => a.ContractId == contractId).Select(a => a.Id))
            .ToListAsync(cancellationToken);
        work.Count("telemetry records", await db.SensorEvents.Where(e => e.ContractId == contractId).ExecuteDeleteAsync(cancellationToken));
        work.Count("daily alert counts", await db.AlertDailyCounts.Where(c => appliances.Contains(c.ApplianceId) && c.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken));
        work.Count("device state changes", await db.DeviceStateChanges.Where(c => appliances.Contains(c.ApplianceId)).ExecuteDeleteAsync(cancellationToken));
        work.Count("device health records", await db.DeviceHealths.Where(h => h.ContractId == contractId).ExecuteDeleteAsync(cancellationToken));
    }
}
