using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Returns;

/// <summary>What to take back: one unit lent under a contract, why, and the record that asked for it (a swap case).</summary>
/// <param name="ApplianceId">The unit.</param>
/// <param name="ContractId">The contract it was lent under.</param>
/// <param name="Reason">Why it comes back.</param>
/// <param name="SourceId">The swap case (or other record) that asked for the return.</param>
/// <param name="Note">What <see cref="ReturnReason.Other"/> means here (required for it).</param>
/// <param name="OwedFrom">The first day the return is owed when the caller knows it (a swap: the day after the replacement's
/// delivery); otherwise the day after the last service day at a contract's end, or the day it is asked for.</param>
public sealed record OpenReturnRequest(Guid ApplianceId, Guid ContractId, ReturnReason Reason, Guid? SourceId = null, string? Note = null, DateOnly? OwedFrom = null);

/// <summary>Why no return was opened; nothing changed.</summary>
public enum OpenReturnProblem
{
    NotAllowed,
    NotFound,
    /// <summary>The unit is not with the customer (in stock, already returning, lost or scrapped).</summary>
    NotAtCustomer,
    /// <summary>A return of the unit is already open.</summary>
    AlreadyOpen,
    /// <summary>The contract's plan names no policy (DOMAIN.md "Decisions"): deadline and shipping payer are unknown.</summary>
    PlanWithoutPolicy,
    NoteRequired,
    Conflict,
}

/// <summary>The opened return's id, or why none was opened.</summary>
public sealed record OpenReturnResult(Guid? ReturnTaskId, OpenReturnProblem? Problem)
{
    public static OpenReturnResult Refused(OpenReturnProblem problem) => new(null, problem);
}

/// <summary>
/// Opens the return of one lent unit: vendor operations by hand, the swap feature for a replaced unit, and
/// <see cref="ReturnsAtContractEnd"/> when a contract's service has ended. The deadline and the shipping payer come from the
/// contract's plan policy (004 §17-1, 別紙4 §4-3; 002 §5-3).
/// </summary>
public sealed class OpenReturn(HubDbContextFactory contextFactory, CurrentUser currentUser, TimeProvider clock, IBusinessCalendarSource calendars)
{
    /// <summary>Opens the return as the signed-in vendor operations user (or the hub itself in a system scope) and saves it.</summary>
    public async Task<OpenReturnResult> ExecuteAsync(OpenReturnRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.Scope.IsSystem && !currentUser.IsInAnyRole(ReturnsPermissions.VendorRoles))
        {
            return OpenReturnResult.Refused(OpenReturnProblem.NotAllowed);
        }

        await using var db = contextFactory.CreateElevatedContext();
        var by = currentUser.Scope.IsSystem ? ReturnsAtContractEnd.By : currentUser.Name;
        var result = await AddAsync(db, request, clock.GetUtcNow(), by, await calendars.CurrentAsync(cancellationToken), cancellationToken);
        if (result.Problem is not null)
        {
            return result;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            return OpenReturnResult.Refused(OpenReturnProblem.Conflict);
        }
    }

    /// <summary>
    /// Adds the return and the unit's move to <see cref="ApplianceStatus.AwaitingReturn"/> to <paramref name="db"/> without
    /// saving, so a caller (a swap) stores it with its own changes in one save. <paramref name="db"/> must see every partner.
    /// </summary>
    public static async Task<OpenReturnResult> AddAsync(HubDbContext db, OpenReturnRequest request, DateTimeOffset at, string by, BusinessCalendarSet calendars,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Reason == ReturnReason.Other && string.IsNullOrWhiteSpace(request.Note))
        {
            return OpenReturnResult.Refused(OpenReturnProblem.NoteRequired);
        }

        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == request.ContractId, cancellationToken);
        var appliance = await db.Appliances.Include(a => a.History).SingleOrDefaultAsync(a => a.Id == request.ApplianceId, cancellationToken);
        if (contract is null || appliance is null || (appliance.ContractId is { } lentUnder && lentUnder != contract.Id))
        {
            return OpenReturnResult.Refused(OpenReturnProblem.NotFound);
        }

        if (!contract.TryPolicy(out var policy))
        {
            return OpenReturnResult.Refused(OpenReturnProblem.PlanWithoutPolicy);
        }

        if (await db.ReturnTasks.AnyAsync(t => t.ApplianceId == appliance.Id && (t.Status == ReturnStatus.AwaitingShipment || t.Status == ReturnStatus.InTransit), cancellationToken))
        {
            return OpenReturnResult.Refused(OpenReturnProblem.AlreadyOpen);
        }

        var note = request.Reason switch
        {
            ReturnReason.ContractEnded => "return at contract end",
            ReturnReason.SwapReplaced => "return of the replaced unit",
            _ => request.Note!.Trim(),
        };
        if (!appliance.AwaitReturn(at, by, note))
        {
            return OpenReturnResult.Refused(OpenReturnProblem.NotAtCustomer);
        }

        // Owed from the day the caller names (a swap: after the replacement's delivery), at the end from the day after the last
        // service day (ContractTimeline.HardwareReturn), otherwise from the day it is asked for.
        var returnFrom = request.OwedFrom ?? (request.Reason == ReturnReason.ContractEnded && contract.Timeline(calendars)?.HardwareReturn() is { } obligation
            ? obligation.ReturnFrom
            : JapaneseFormat.TokyoDate(at));
        var task = ReturnTask.Open(Guid.NewGuid(), appliance, contract.Id, contract.PartnerId, request.Reason, request.SourceId, request.Note, returnFrom, policy, at, by);
        db.ReturnTasks.Add(task);
        return new OpenReturnResult(task.Id, null);
    }
}
