using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Returns;

/// <summary>Why a step on a return was refused; nothing changed.</summary>
public enum ReturnWorkProblem
{
    NotAllowed,
    NotFound,
    WrongStatus,
    InvalidTrackingNumber,
    InvalidDate,
    NoteRequired,
    PlanWithoutPolicy,
    Conflict,
}

/// <summary>The condition check at receipt, as the receiver enters it.</summary>
/// <param name="Condition">What came back (or <see cref="ReturnCondition.NotReturned"/> for a unit that never will).</param>
/// <param name="ReceivedOn">The day it arrived.</param>
/// <param name="Note">What was found; required unless complete.</param>
/// <param name="LateExcuse">The just reason for a late return (別紙4 §4-3), which spares the late charge.</param>
public sealed record ReturnReceipt(ReturnCondition Condition, DateOnly ReceivedOn, string? Note, string? LateExcuse);

/// <summary>
/// The steps of a return after it was opened: the shipment back (partner or vendor operations), the receipt with its
/// condition check and charges, then the inspection (vendor operations or the receiving hardware vendor). Each step first
/// proves the task is visible to the user (tenant filter), then saves the task, the unit and any charge together.
/// </summary>
public sealed class ReturnWork(HubDbContextFactory contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    private DateOnly Today => JapaneseFormat.TokyoDate(clock.GetUtcNow());

    public Task<ReturnWorkProblem?> RecordShipmentAsync(Guid id, Carrier carrier, string trackingNumber, DateOnly shippedOn, CancellationToken cancellationToken = default) =>
        RunAsync(id, ReturnsPermissions.ShipRoles, (db, task, appliance) =>
        {
            var problem = task.RecordShipment(carrier, trackingNumber, shippedOn, Today);
            if (problem is null && appliance.Status == ApplianceStatus.AwaitingReturn)
            {
                appliance.ShipBack(clock.GetUtcNow(), currentUser.Name, $"{carrier} {task.TrackingNumber}");
            }

            return Task.FromResult(From(problem));
        }, cancellationToken);

    /// <summary>
    /// Receives the unit (or records that it will not come back) and books the customer's charges for lateness, damage or
    /// loss under the plan's <see cref="Domain.Contracts.Terms.ServicePlanPolicy.ReturnCharges"/> as pending charges of the partner.
    /// </summary>
    public Task<ReturnWorkProblem?> ReceiveAsync(Guid id, ReturnReceipt receipt, CancellationToken cancellationToken = default) =>
        RunAsync(id, ReturnsPermissions.ReceiveRoles, async (db, task, appliance) =>
        {
            ArgumentNullException.ThrowIfNull(receipt);
            var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == task.ContractId, cancellationToken);
            if (!contract.TryPolicy(out var policy))
            {
                return ReturnWorkProblem.PlanWithoutPolicy;
            }

            var now = clock.GetUtcNow();
            var by = currentUser.Name;
            if (task.Receive(receipt.Condition, receipt.ReceivedOn, receipt.Note, receipt.LateExcuse, Today, by) is { } refused)
            {
                return From(refused);
            }

            bool moved = task.Status == ReturnStatus.Lost
                ? appliance.DeclareLost(now, by, task.ConditionNote!)
                : appliance.ReceiveBack(now, by, $"{task.Condition}: {task.ConditionNote}".TrimEnd(' ', ':'));
            if (!moved)
            {
                return ReturnWorkProblem.WrongStatus;
            }

            db.PendingCharges.AddRange(task.ChargesDue(policy.ReturnCharges, policy.Code, now, by));
            return null;
        }, cancellationToken);

    public Task<ReturnWorkProblem?> StartInspectionAsync(Guid id, CancellationToken cancellationToken = default) =>
        InspectAsync(id, (task, appliance, at, by) => task.Status == ReturnStatus.Received && appliance.StartInspection(at, by), "-", cancellationToken);

    public Task<ReturnWorkProblem?> SendToRepairAsync(Guid id, string finding, CancellationToken cancellationToken = default) =>
        InspectAsync(id, (task, appliance, at, by) => task.Status == ReturnStatus.Received && appliance.SendToRepair(at, by, finding.Trim()), finding, cancellationToken);

    public Task<ReturnWorkProblem?> RefurbishAsync(Guid id, string? note, CancellationToken cancellationToken = default) =>
        InspectAsync(id, (task, appliance, at, by) => task.CompleteInspection(InspectionOutcome.Refurbished) && appliance.Refurbish(at, by, note?.Trim()), "-", cancellationToken);

    public Task<ReturnWorkProblem?> ScrapAsync(Guid id, string reason, CancellationToken cancellationToken = default) =>
        InspectAsync(id, (task, appliance, at, by) => task.CompleteInspection(InspectionOutcome.Scrapped) && appliance.Scrap(at, by, reason), reason, cancellationToken);

    private Task<ReturnWorkProblem?> InspectAsync(Guid id, Func<ReturnTask, Appliance, DateTimeOffset, string, bool> step, string? requiredText, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(requiredText))
        {
            return Task.FromResult<ReturnWorkProblem?>(ReturnWorkProblem.NoteRequired);
        }

        return RunAsync(id, ReturnsPermissions.ReceiveRoles, (db, task, appliance) =>
            Task.FromResult(step(task, appliance, clock.GetUtcNow(), currentUser.Name) ? null : (ReturnWorkProblem?)ReturnWorkProblem.WrongStatus), cancellationToken);
    }

    private async Task<ReturnWorkProblem?> RunAsync(
        Guid id, string roles, Func<HubDbContext, ReturnTask, Appliance, Task<ReturnWorkProblem?>> step, CancellationToken cancellationToken)
    {
        if (!currentUser.IsInAnyRole(roles))
        {
            return ReturnWorkProblem.NotAllowed;
        }

        await using (var visible = contextFactory.CreateDbContext())
        {
            if (!await visible.ReturnTasks.AnyAsync(t => t.Id == id, cancellationToken))
            {
                return ReturnWorkProblem.NotFound;
            }
        }

        // A partner may not write appliances and a hardware vendor may not write a partner's charges: once the task is
        // proven visible to this user, the task, the unit and the charges are saved together across tenants (still
        // audited as this user).
        await using var db = contextFactory.CreateElevatedContext();
        var task = await db.ReturnTasks.SingleAsync(t => t.Id == id, cancellationToken);
        var appliance = await db.Appliances.Include(a => a.History).SingleAsync(a => a.Id == task.ApplianceId, cancellationToken);
        if (await step(db, task, appliance) is { } problem)
        {
            return problem;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReturnWorkProblem.Conflict;
        }
    }

    private static ReturnWorkProblem? From(ReturnProblem? problem) => problem is { } refused ? From(refused) : null;

    private static ReturnWorkProblem From(ReturnProblem problem) => problem switch
    {
        ReturnProblem.WrongStatus => ReturnWorkProblem.WrongStatus,
        ReturnProblem.InvalidTrackingNumber => ReturnWorkProblem.InvalidTrackingNumber,
        ReturnProblem.InvalidDate => ReturnWorkProblem.InvalidDate,
        ReturnProblem.NoteRequired => ReturnWorkProblem.NoteRequired,
    };
}
