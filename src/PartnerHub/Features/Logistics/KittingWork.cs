using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Features.Contracts.Lifecycle;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Logistics;

/// <summary>
/// The hardware vendor's steps on a kitting task: the checklist and the shipment. The task must be visible to the
/// user (tenant filter); the contract's status then follows in the same save.
/// </summary>
public sealed class KittingWork(HubDbContextFactory contextFactory, CurrentUser currentUser, TimeProvider clock, IContractPaymentStatus payments,
    IReplacementShipment replacements)
{
    public async Task<LogisticsProblem?> SetChecklistItemAsync(Guid taskId, string item, bool done, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(LogisticsPermissions.KittingRoles))
        {
            return LogisticsProblem.NotAllowed;
        }

        await using var db = contextFactory.CreateDbContext();
        var task = await db.KittingTasks.SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return LogisticsProblem.NotFound;
        }

        if (!task.SetChecklistItem(item, done))
        {
            return LogisticsProblem.WrongStatus;
        }

        return await SaveAsync(db, cancellationToken);
    }

    public async Task<LogisticsProblem?> ShipAsync(Guid taskId, Carrier carrier, string trackingNumber, DateOnly shippedOn, DateOnly plannedDeliveryOn, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(LogisticsPermissions.KittingRoles))
        {
            return LogisticsProblem.NotAllowed;
        }

        await using (var visible = contextFactory.CreateDbContext())
        {
            if (!await visible.KittingTasks.AnyAsync(t => t.Id == taskId, cancellationToken))
            {
                return LogisticsProblem.NotFound;
            }
        }

        // The hardware vendor may not see contracts; once the task is proven to be its own, the shipment and the
        // contract's status are saved together with cross-tenant visibility (still audited as this user).
        await using var db = contextFactory.CreateElevatedContext();
        var task = await db.KittingTasks.SingleAsync(t => t.Id == taskId, cancellationToken);
        if (task.SwapCaseId is not null)
        {
            return await ShipSwapReplacementAsync(db, task, carrier, trackingNumber, shippedOn, plannedDeliveryOn, cancellationToken);
        }

        if ((await payments.AwaitingPaymentAsync([task.ContractId], cancellationToken)).Contains(task.ContractId))
        {
            return LogisticsProblem.AwaitingPayment;
        }

        if (Ship(task, carrier, trackingNumber, shippedOn, plannedDeliveryOn) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        var by = currentUser.Name;
        if (await ContractProgress.ShippedAsync(db, task.ContractId, $"{carrier} {task.TrackingNumber}", now, by, cancellationToken) is not null)
        {
            return LogisticsProblem.WrongStatus;
        }

        foreach (var appliance in await db.Appliances.Include(a => a.History).Where(a => a.ContractId == task.ContractId && a.Status == ApplianceStatus.Kitting).ToListAsync(cancellationToken))
        {
            appliance.MoveTo(ApplianceStatus.Shipped, now, by);
        }

        return await SaveAsync(db, cancellationToken);
    }

    // A swap's replacement ships to a contract already in service (別紙4 §3): no payment wait, no contract step; the swap
    // follows through the seam Logistics owns.
    private async Task<LogisticsProblem?> ShipSwapReplacementAsync(HubDbContext db, KittingTask task, Carrier carrier, string trackingNumber, DateOnly shippedOn,
        DateOnly plannedDeliveryOn, CancellationToken cancellationToken)
    {
        if (Ship(task, carrier, trackingNumber, shippedOn, plannedDeliveryOn) is { } refused)
        {
            return refused;
        }

        if (!await replacements.ShippedAsync(db, task, clock.GetUtcNow(), currentUser.Name, cancellationToken))
        {
            return LogisticsProblem.WrongStatus;
        }

        return await SaveAsync(db, cancellationToken);
    }

    private static LogisticsProblem? Ship(KittingTask task, Carrier carrier, string trackingNumber, DateOnly shippedOn, DateOnly plannedDeliveryOn) =>
        task.Ship(carrier, trackingNumber, shippedOn, plannedDeliveryOn) switch
        {
            null => null,
            ShipmentProblem.NotKitted => LogisticsProblem.NotKitted,
            ShipmentProblem.InvalidTrackingNumber => LogisticsProblem.InvalidTrackingNumber,
            _ => LogisticsProblem.DeliveryBeforeShipping,
        };

    private static async Task<LogisticsProblem?> SaveAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return LogisticsProblem.Conflict;
        }
    }
}

/// <summary>
/// Vendor operations record the custody receipt (機器類預かり証, 003 §15): delivery completes on its date, which
/// starts the term (004 §4-2) and fixes the insurance start.
/// </summary>
public sealed class RecordDelivery(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, IBusinessCalendarSource calendars)
{
    public async Task<LogisticsProblem?> ExecuteAsync(Guid contractId, DateOnly receivedOn, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(LogisticsPermissions.VendorRoles))
        {
            return LogisticsProblem.NotAllowed;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return LogisticsProblem.NotFound;
        }

        var task = await db.KittingTasks.SingleOrDefaultAsync(t => t.ContractId == contractId && t.SwapCaseId == null, cancellationToken);
        var today = Infrastructure.Localization.JapaneseFormat.TokyoDate(clock.GetUtcNow());
        if (task?.ShippedOn is not { } shippedOn || receivedOn < shippedOn || receivedOn > today)
        {
            return contract.Status == ContractStatus.Shipped ? LogisticsProblem.InvalidDate : LogisticsProblem.WrongStatus;
        }

        var now = clock.GetUtcNow();
        var by = currentUser.Name;
        if (await ContractProgress.DeliveredAsync(db, contractId, receivedOn, now, by, await calendars.CurrentAsync(cancellationToken), cancellationToken) is not null)
        {
            return LogisticsProblem.WrongStatus;
        }

        foreach (var appliance in await db.Appliances.Include(a => a.History).Where(a => a.ContractId == contractId && a.Status == ApplianceStatus.Shipped).ToListAsync(cancellationToken))
        {
            appliance.MoveTo(ApplianceStatus.AtCustomer, now, by, "custody receipt");
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
