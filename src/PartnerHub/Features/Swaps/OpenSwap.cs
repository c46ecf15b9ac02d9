using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Features.Devices;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Swaps;

/// <summary>What the partner tells when opening a swap, with its evidence files (photos, the customer's written report).</summary>
public sealed record OpenSwapRequest(Guid ApplianceId, SwapReason Reason, string WhatHappened, DateTimeOffset Since, DateOnly? ReportedInWritingOn,
    IReadOnlyList<AttachmentFile>? Evidence = null);

/// <summary>
/// Partner staff open a swap case for an appliance serving one of their contracts (004 §7-1, §6-1-3; 別紙4 §3). The
/// device's health and latest alerts are kept with the case as the partner saw them (the escalation desk's snapshot),
/// and the old unit's history records the report with the case's id. Evidence files are stored with the case in the
/// same save; a refused file opens nothing.
/// </summary>
public sealed class OpenSwap(HubDbContextFactory contextFactory, CurrentUser currentUser, TimeProvider clock, IBusinessCalendarSource calendars,
    SwapEvidenceUploads evidence)
{
    public async Task<SwapResult> ExecuteAsync(OpenSwapRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.IsInAnyRole(SwapsPermissions.PartnerRoles))
        {
            return SwapResult.Fail(SwapFailure.NotAllowed);
        }

        var files = request.Evidence ?? [];
        if (SwapEvidenceUploads.CheckDeclared(files) is { } badFile)
        {
            return SwapResult.BadEvidence(badFile);
        }

        var now = clock.GetUtcNow();
        string? snapshot;
        await using (var visible = contextFactory.CreateDbContext())
        {
            // The tenant filter proves the appliance serves one of the user's own contracts.
            var serial = await visible.Appliances.AsNoTracking().Where(a => a.Id == request.ApplianceId && a.ContractId != null)
                .Select(a => a.SerialNumber).SingleOrDefaultAsync(cancellationToken);
            if (serial is null)
            {
                return SwapResult.Fail(SwapFailure.NotFound);
            }

            snapshot = (await OpeningSnapshot.CaptureAsync(visible, serial, now, cancellationToken))?.ToJson();
        }

        // Appliance history is the vendor's record: once the appliance is proven the partner's own, the case and the
        // report are saved together with cross-tenant rights (still audited as this user).
        await using var db = contextFactory.CreateElevatedContext();
        var appliance = await db.Appliances.Include(a => a.History).SingleAsync(a => a.Id == request.ApplianceId, cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == appliance.ContractId, cancellationToken);
        if (appliance.Status != ApplianceStatus.AtCustomer || contract.Status is not (ContractStatus.Active or ContractStatus.Delivered or ContractStatus.Ending)
            || contract.Timeline(await calendars.CurrentAsync(cancellationToken)) is not { } timeline)
        {
            return SwapResult.Fail(SwapFailure.ApplianceNotInService);
        }

        if (await db.SwapCases.AnyAsync(s => s.OldApplianceId == appliance.Id && s.Status != SwapCaseStatus.Closed && s.Status != SwapCaseStatus.Withdrawn, cancellationToken))
        {
            return SwapResult.Fail(SwapFailure.AlreadyOpen);
        }

        var opening = SwapCase.Open(Guid.NewGuid(), new ContractRef(contract.Id, contract.PartnerId, contract.CustomerId), appliance.Id, appliance.SerialNumber,
            request.Reason, request.WhatHappened, request.Since, request.ReportedInWritingOn, (timeline.ServiceStart, timeline.ServiceEnd), snapshot, now, currentUser.Name);
        if (opening.Case is not { } swap)
        {
            return SwapResult.Refused(opening.Problem!.Value);
        }

        _ = swap.Reason switch
        {
            SwapReason.Failure => appliance.ReportFaulty(swap.Id, now, currentUser.Name),
            SwapReason.LossOrTheft => appliance.ReportLost(swap.Id, now, currentUser.Name),
            // A maintenance swap leaves the unit working until the replacement arrives (別紙4 §3-3).
            SwapReason.Maintenance => true,
        };
        var attached = await evidence.AttachAsync(swap, files, cancellationToken);
        if (attached.Problem is { } problem)
        {
            return SwapResult.BadEvidence(problem);
        }

        db.SwapCases.Add(swap);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            evidence.Discard(attached);
            throw;
        }

        return SwapResult.Ok(swap.Id);
    }
}
