using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Partners;
using PartnerHub.Domain.Pricing;
using PartnerHub.Features.Returns;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Swaps;

/// <summary>
/// The steps on a swap case after it is opened: the partner's first attribution, vendor operations' final one (with the
/// swap cost as a pending charge), the advance replacement through a kitting task, the replacement's delivery (which
/// requests the old unit's return), the outage compensation of 004 §7-2 and closing. Every case is read through the
/// user's tenant filter, so another partner's case is never found.
/// </summary>
public sealed class SwapWork(HubDbContextFactory contextFactory, CurrentUser currentUser, TimeProvider clock, IBusinessCalendarSource calendars)
{
    /// <summary>The partner's first attribution (別紙4 §3-1).</summary>
    public Task<SwapResult> ProposeAttributionAsync(Guid swapId, FaultAttribution attribution, CustomerFaultGround? ground, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(swapId, SwapsPermissions.PartnerRoles, (_, swap, _, now) => Task.FromResult(swap.ProposeAttribution(attribution, ground, note, now, currentUser.Name)), cancellationToken);

    /// <summary>
    /// Vendor operations' final attribution (別紙4 §3-1). A customer-fault swap's cost becomes a pending charge to the
    /// partner (004 §7-1 proviso), billed on the next invoicing run.
    /// </summary>
    public Task<SwapResult> DecideAttributionAsync(Guid swapId, FaultAttribution attribution, CustomerFaultGround? ground, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(swapId, SwapsPermissions.VendorRoles, async (db, swap, contract, now) =>
        {
            if (swap.DecideAttribution(attribution, ground, note, contract.Policy(), now, currentUser.Name) is { } problem)
            {
                return problem;
            }

            if (swap.SwapCost is { } cost)
            {
                db.PendingCharges.Add(SwapPendingCharge.For(swap, cost, BusinessCalendar.TokyoDate(now), now, currentUser.Name));
            }

            await Task.CompletedTask;
            return null;
        }, cancellationToken);

    /// <summary>
    /// Allocates a stock unit of the plan's model and assigns its kitting to <paramref name="hardwareVendorId"/>: a kitting
    /// task linked to the swap, for the same contract, so the contract's parameter sheet is applied again (別紙4 §2-1, §3).
    /// </summary>
    public async Task<SwapResult> ArrangeReplacementAsync(Guid swapId, Guid hardwareVendorId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(SwapsPermissions.VendorRoles))
        {
            return SwapResult.Fail(SwapFailure.NotAllowed);
        }

        await using var db = contextFactory.CreateDbContext();
        if (!await db.Organisations.AnyAsync(o => o.Id == hardwareVendorId && o.Kind == OrganisationKind.HardwareVendor && o.IsActive, cancellationToken))
        {
            return SwapResult.Fail(SwapFailure.InvalidHardwareVendor);
        }

        return await ChangeAsync(db, swapId, async (swap, contract, now) =>
        {
            var model = ServicePlan.Find(contract.PlanCode)?.Model.Code;
            var unit = await db.Appliances.Include(a => a.History)
                .Where(a => a.ModelCode == model && a.Status == ApplianceStatus.InStock)
                .OrderBy(a => a.SerialNumber)
                .FirstOrDefaultAsync(cancellationToken);
            if (unit is null)
            {
                return SwapResult.Fail(SwapFailure.InsufficientStock);
            }

            var task = KittingTask.ForSwap(Guid.NewGuid(), contract.Id, contract.PartnerId, hardwareVendorId, swap.Id, now);
            if (swap.ReplacementArranged(task.Id, unit.Id, unit.SerialNumber) is { } problem)
            {
                return SwapResult.Refused(problem);
            }

            unit.AllocateTo(contract.Id, contract.PartnerId, hardwareVendorId, now, currentUser.Name);
            unit.MoveTo(ApplianceStatus.Kitting, now, currentUser.Name, Appliance.SwapNote(swap.Id, "replacement for " + swap.OldSerialNumber));
            db.KittingTasks.Add(task);
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// Vendor operations record the custody receipt of the replacement: the contract runs on the new serial from here (the
    /// old one's telemetry is no longer attributed to it), and the old unit's return is requested.
    /// </summary>
    public async Task<SwapResult> RecordReplacementDeliveryAsync(Guid swapId, DateOnly receivedOn, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(SwapsPermissions.VendorRoles))
        {
            return SwapResult.Fail(SwapFailure.NotAllowed);
        }

        await using var db = contextFactory.CreateDbContext();
        return await ChangeAsync(db, swapId, async (swap, contract, now) =>
        {
            var task = await db.KittingTasks.AsNoTracking().SingleOrDefaultAsync(t => t.SwapCaseId == swap.Id, cancellationToken);
            var today = BusinessCalendar.TokyoDate(now);
            if (task?.ShippedOn is { } shippedOn && (receivedOn < shippedOn || receivedOn > today))
            {
                return SwapResult.Fail(SwapFailure.InvalidDate);
            }

            if (swap.ReplacementDelivered(receivedOn, contract.Policy()) is { } problem)
            {
                return SwapResult.Refused(problem);
            }

            var units = await db.Appliances.Include(a => a.History)
                .Where(a => a.Id == swap.ReplacementApplianceId || a.Id == swap.OldApplianceId).ToListAsync(cancellationToken);
            units.Single(a => a.Id == swap.ReplacementApplianceId).MoveTo(ApplianceStatus.AtCustomer, now, currentUser.Name, Appliance.SwapNote(swap.Id, "custody receipt"));
            await RequestOldUnitReturnAsync(db, swap, units.Single(a => a.Id == swap.OldApplianceId), now, cancellationToken);
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// The outage after a swap that did not fix the fault (004 §7-2), compensated per full 24 hours by the contract's
    /// timeline and passed to billing as a credit to the partner, citing the plan's article. Refused for a swap the plan's
    /// terms do not compensate (<see cref="SwapCase.OutageExclusion"/>: a loss, a maintenance swap, a customer-fault swap).
    /// </summary>
    public Task<SwapResult> RecordOutageAsync(Guid swapId, DateTimeOffset vendorAwareAt, DateTimeOffset restoredAt, CancellationToken cancellationToken = default) =>
        ChangeAsync(swapId, SwapsPermissions.VendorRoles, async (db, swap, contract, now) =>
        {
            if (contract.Timeline(await calendars.CurrentAsync(cancellationToken)) is not { } timeline)
            {
                return SwapProblem.WrongStatus;
            }

            if (swap.RecordOutage(timeline, contract.AnnualFee, vendorAwareAt, restoredAt, now, currentUser.Name) is { } problem)
            {
                return problem;
            }

            if (swap.Outage is { FullDays: > 0 } outage)
            {
                db.PendingCharges.Add(new PendingCharge(Guid.NewGuid(), swap.PartnerId, swap.ContractId, PendingChargeKind.OutageCompensation, outage.Amount,
                    $"サービス停止の賠償（{outage.FullDays}日分）", timeline.Policy.OutageCreditArticle!, swap.Id, BusinessCalendar.TokyoDate(restoredAt), now, currentUser.Name));
            }

            await Task.CompletedTask;
            return null;
        }, cancellationToken);

    /// <summary>
    /// Withdraws the case before the replacement ships, with a reason (partner staff or vendor operations): the
    /// replacement's kitting is cancelled through Logistics and its unit goes back to stock, and the swap cost still pending
    /// is waived, all in one save. The case is found through the user's tenant filter first; the save then needs elevated
    /// rights because a partner may not change kitting tasks, stock or charges itself (still audited as this user).
    /// </summary>
    public async Task<SwapResult> WithdrawAsync(Guid swapId, string? reason, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(SwapsPermissions.ViewRoles))
        {
            return SwapResult.Fail(SwapFailure.NotAllowed);
        }

        await using (var visible = contextFactory.CreateDbContext())
        {
            if (!await visible.SwapCases.AnyAsync(s => s.Id == swapId, cancellationToken))
            {
                return SwapResult.Fail(SwapFailure.NotFound);
            }
        }

        await using var db = contextFactory.CreateElevatedContext();
        return await ChangeAsync(db, swapId, async (swap, _, now) =>
        {
            var by = currentUser.Name;
            var charges = await db.PendingCharges.Where(c => c.SourceId == swap.Id && SwapPendingCharge.Kinds.Contains(c.Kind)).ToListAsync(cancellationToken);
            if (charges.Any(c => c.Status == PendingChargeStatus.Billed))
            {
                return SwapResult.Fail(SwapFailure.ChargeAlreadyBilled);
            }

            var (taskId, unitId) = (swap.ReplacementKittingTaskId, swap.ReplacementApplianceId);
            if (swap.Withdraw(reason, now, by) is { } problem)
            {
                return SwapResult.Refused(problem);
            }

            if (taskId is { } task && unitId is { } unit
                && !await Logistics.ReplacementCancellation.ReplacementWithdrawnAsync(db, task, unit, now, by, Appliance.SwapNote(swap.Id, "swap withdrawn"), cancellationToken))
            {
                return SwapResult.Refused(SwapProblem.WrongStatus);
            }

            var oldUnit = await db.Appliances.Include(a => a.History).SingleAsync(a => a.Id == swap.OldApplianceId, cancellationToken);
            oldUnit.SwapWithdrawn(swap.Id, now, by);
            foreach (var charge in charges.Where(c => c.Status == PendingChargeStatus.Pending))
            {
                charge.Waive($"機器交換の取下げ: {swap.WithdrawalReason}", now, by);
            }

            return null;
        }, cancellationToken);
    }

    /// <summary>Closes the case once the replacement is in service.</summary>
    public Task<SwapResult> CloseAsync(Guid swapId, CancellationToken cancellationToken = default) =>
        ChangeAsync(swapId, SwapsPermissions.VendorRoles, (_, swap, _, now) => Task.FromResult(swap.Close(now)), cancellationToken);

    // The replaced unit stops serving the contract and its return task (reason "swap replaced", source = the swap case) opens in
    // the same save (別紙4 §3-1); a lost unit has nothing to return.
    private async Task RequestOldUnitReturnAsync(HubDbContext db, SwapCase swap, Appliance oldUnit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!swap.OldUnitComesBack)
        {
            return;
        }

        oldUnit.SwapOut(swap.Id, now, currentUser.Name);
        var opened = await OpenReturn.AddAsync(db, new OpenReturnRequest(oldUnit.Id, swap.ContractId, ReturnReason.SwapReplaced, swap.Id,
            OwedFrom: swap.ReplacementDeliveredOn?.AddDays(1)), now, currentUser.Name,
            await calendars.CurrentAsync(cancellationToken), cancellationToken);
        if (opened.Problem is { } problem and not OpenReturnProblem.AlreadyOpen)
        {
            throw new InvalidOperationException($"The return of swapped-out unit {oldUnit.SerialNumber} could not be opened: {problem}.");
        }
    }

    private async Task<SwapResult> ChangeAsync(Guid swapId, string roles, Func<HubDbContext, SwapCase, Domain.Contracts.ServiceContract, DateTimeOffset, Task<SwapProblem?>> step,
        CancellationToken cancellationToken)
    {
        if (!currentUser.IsInAnyRole(roles))
        {
            return SwapResult.Fail(SwapFailure.NotAllowed);
        }

        await using var db = contextFactory.CreateDbContext();
        return await ChangeAsync(db, swapId, async (swap, contract, now) =>
            await step(db, swap, contract, now) is { } problem ? SwapResult.Refused(problem) : null, cancellationToken);
    }

    private async Task<SwapResult> ChangeAsync(HubDbContext db, Guid swapId, Func<SwapCase, Domain.Contracts.ServiceContract, DateTimeOffset, Task<SwapResult?>> step,
        CancellationToken cancellationToken)
    {
        var swap = await db.SwapCases.SingleOrDefaultAsync(s => s.Id == swapId, cancellationToken);
        if (swap is null)
        {
            return SwapResult.Fail(SwapFailure.NotFound);
        }

        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == swap.ContractId, cancellationToken);
        if (await step(swap, contract, clock.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SwapResult.Ok(swap.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SwapResult.Fail(SwapFailure.Conflict);
        }
    }
}
