using PartnerHub.Data;
using PartnerHub.Domain.Hardware;

namespace PartnerHub.Features.Logistics;

/// <summary>
/// The feature that asked for a replacement kitting (a swap case, 別紙4 §3) follows its shipment. Logistics owns this
/// contract and calls it inside its own save; the owner (Features/Swaps) implements and registers it, so Logistics never
/// references that feature.
/// </summary>
public interface IReplacementShipment
{
    /// <summary>
    /// Moves the replacement unit and the case the task was kitted for, on <paramref name="db"/> (saved by the caller with the
    /// task's shipment); false when nothing is waiting for this shipment.
    /// </summary>
    Task<bool> ShippedAsync(HubDbContext db, KittingTask task, DateTimeOffset at, string by, CancellationToken cancellationToken);
}
