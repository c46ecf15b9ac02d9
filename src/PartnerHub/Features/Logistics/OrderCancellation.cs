using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;

namespace PartnerHub.Features.Logistics;

/// <summary>
/// What an order cancelled before delivery means for the hardware: the kitting stops and appliances not yet shipped go
/// back to stock. Shipped appliances stay with their contract until they come back. Works in the caller's context so
/// the cancellation and its consequences are saved together.
/// </summary>
public static class OrderCancellation
{
    /// <summary>Applies the cancellation of <paramref name="contractId"/>; returns how many appliances are still out.</summary>
    public static async Task<int> OrderCancelledAsync(HubDbContext db, Guid contractId, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.KittingTasks.SingleOrDefaultAsync(t => t.ContractId == contractId && t.SwapCaseId == null, cancellationToken) is { } task)
        {
            task.Cancel();
        }

        int stillOut = 0;
        foreach (var appliance in await db.Appliances.Include(a => a.History).Where(a => a.ContractId == contractId).ToListAsync(cancellationToken))
        {
            if (!appliance.MoveTo(ApplianceStatus.InStock, at, by, "order cancelled"))
            {
                stillOut++;
            }
        }

        return stillOut;
    }
}
