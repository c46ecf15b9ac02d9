using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;

namespace PartnerHub.Features.Contracts.Lifecycle;

/// <summary>
/// The contract steps other features trigger — a parameter sheet started, kitting arranged, the shipment sent,
/// delivery received, data collection confirmed — so that the Contracts feature alone decides how a contract moves.
/// Each works in the caller's <see cref="HubDbContext"/>, so the step is saved with the caller's own change.
/// </summary>
public static class ContractProgress
{
    /// <summary>A first parameter sheet was created for an ordered contract (004 別紙4 §2-4); later sheets change nothing.</summary>
    public static async Task SheetStartedAsync(HubDbContext db, Guid contractId, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        var contract = await LoadAsync(db, contractId, cancellationToken);
        if (contract.Status == ContractStatus.Ordered)
        {
            contract.StartParameterSheet(at, by);
        }
    }

    /// <summary>Vendor operations arranged the kitting (004 別紙4 §2-1).</summary>
    public static async Task<ContractRefusal?> KittingArrangedAsync(HubDbContext db, Guid contractId, DateTimeOffset at, string by, CancellationToken cancellationToken) =>
        (await LoadAsync(db, contractId, cancellationToken)).StartKitting(at, by);

    /// <summary>The hardware vendor shipped the appliances.</summary>
    public static async Task<ContractRefusal?> ShippedAsync(HubDbContext db, Guid contractId, string shipment, DateTimeOffset at, string by, CancellationToken cancellationToken) =>
        (await LoadAsync(db, contractId, cancellationToken)).Ship(at, by, shipment);

    /// <summary>
    /// The custody receipt came back: delivery completed on <paramref name="deliveredOn"/> (003 §15, 004 §4-2); 002's start
    /// is the 5th business day on <paramref name="calendars"/>, with the vendor's closures.
    /// </summary>
    public static async Task<ContractRefusal?> DeliveredAsync(HubDbContext db, Guid contractId, DateOnly deliveredOn, DateTimeOffset at, string by,
        BusinessCalendarSet calendars, CancellationToken cancellationToken) =>
        (await LoadAsync(db, contractId, cancellationToken)).CompleteDelivery(deliveredOn, at, by, calendars);

    /// <summary>
    /// Data collection was confirmed, by vendor operations on the parameter sheet or by the first telemetry (004 別紙4
    /// §2-6): a delivered contract's service starts. A contract not yet delivered, or already running or ending, is
    /// left as it is — the one rule both confirmations follow.
    /// </summary>
    public static async Task<bool> DataCollectionConfirmedAsync(HubDbContext db, Guid contractId, string reason, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        var contract = await LoadAsync(db, contractId, cancellationToken);
        return contract.Status == ContractStatus.Delivered && contract.StartService(at, by, reason) is null;
    }

    // The tracked instance if the caller already loaded it, so both see the same change.
    private static async Task<ServiceContract> LoadAsync(HubDbContext db, Guid contractId, CancellationToken cancellationToken) =>
        db.Contracts.Local.FirstOrDefault(c => c.Id == contractId)
        ?? await db.Contracts.SingleAsync(c => c.Id == contractId, cancellationToken);
}
