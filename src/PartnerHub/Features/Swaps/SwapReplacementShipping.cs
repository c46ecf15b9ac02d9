using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;
using PartnerHub.Features.Logistics;

namespace PartnerHub.Features.Swaps;

/// <summary>
/// The shipment of a swap's replacement, saved with the kitting task's shipment: the contract is already in service, so
/// only the replacement unit moves and the swap case follows.
/// </summary>
public sealed class SwapReplacementShipping : IReplacementShipment
{
    /// <summary>Moves the replacement to shipped and the case along; false when the case is not waiting for this shipment.</summary>
    public async Task<bool> ShippedAsync(HubDbContext db, KittingTask task, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(task);
        var swap = await db.SwapCases.SingleOrDefaultAsync(s => s.Id == task.SwapCaseId, cancellationToken);
        if (swap?.ReplacementShipped() is not null || swap is null)
        {
            return false;
        }

        var unit = await db.Appliances.Include(a => a.History).SingleAsync(a => a.Id == swap.ReplacementApplianceId, cancellationToken);
        return unit.MoveTo(ApplianceStatus.Shipped, at, by, Appliance.SwapNote(swap.Id, $"{task.Carrier} {task.TrackingNumber}"));
    }
}
