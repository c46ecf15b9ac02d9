using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Swaps;

/// <summary>
/// Evidence files on a swap case (photos of the unit, the customer's written report of 004 §7-1, a police report), added by
/// partner staff when opening the case and while it is open. The same limits and scan as escalation attachments, through
/// the shared <see cref="AttachmentIntake"/>; a refused file leaves no file and no row.
/// </summary>
public sealed class SwapEvidenceUploads(HubDbContextFactory contextFactory, CurrentUser currentUser, TimeProvider clock, AttachmentIntake intake)
{
    public static AttachmentRules Rules => AttachmentRules.Default;

    /// <summary>A picked file, read within the swap's limits (<see cref="AttachmentFile.FromBrowser"/>).</summary>
    public static AttachmentFile FromBrowser(IBrowserFile file) => AttachmentFile.FromBrowser(file, Rules);

    /// <summary>The first problem with what the browser declared for <paramref name="files"/>, before anything is read.</summary>
    public static AttachmentProblem? CheckDeclared(IEnumerable<AttachmentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files.ToList();
        if (list.Select(file => AttachmentIntake.CheckDeclared(file, Rules)).FirstOrDefault(problem => problem is not null) is { } problem)
        {
            return problem;
        }

        return list.Count > Rules.MaxFilesPerCase || list.Sum(f => f.DeclaredSize) > Rules.MaxBytesPerCase ? AttachmentProblem.CaseQuotaExceeded : null;
    }

    /// <summary>Adds one file to a case of the user's partner (another partner's case is not found).</summary>
    public async Task<SwapResult> UploadAsync(Guid swapId, AttachmentFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!currentUser.IsInAnyRole(SwapsPermissions.PartnerRoles))
        {
            return SwapResult.Fail(SwapFailure.NotAllowed);
        }

        if (AttachmentIntake.CheckDeclared(file, Rules) is { } early)
        {
            return SwapResult.BadEvidence(early);
        }

        await using var db = contextFactory.CreateDbContext();
        var swap = await db.SwapCases.Include(s => s.Evidence).SingleOrDefaultAsync(s => s.Id == swapId, cancellationToken);
        if (swap is null)
        {
            return SwapResult.Fail(SwapFailure.NotFound);
        }

        var attached = await AttachAsync(swap, [file], cancellationToken);
        if (attached.Problem is { } problem)
        {
            return SwapResult.BadEvidence(problem);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            Discard(attached);
            return SwapResult.Fail(SwapFailure.Conflict);
        }

        return SwapResult.Ok(swap.Id);
    }

    /// <summary>
    /// Stores, attaches and scans <paramref name="files"/> on <paramref name="swap"/> (its evidence loaded); the caller saves.
    /// On a problem nothing stays stored; the caller discards <see cref="AttachedEvidence.Stored"/> if its save fails.
    /// </summary>
    internal async Task<AttachedEvidence> AttachAsync(SwapCase swap, IReadOnlyList<AttachmentFile> files, CancellationToken cancellationToken)
    {
        var stored = new List<AttachmentUpload>();
        var now = clock.GetUtcNow();
        foreach (var file in files)
        {
            // Before a byte is stored, on what the browser declared; the aggregate checks again with the real size.
            var taken = swap.EvidenceQuota(file.DeclaredSize, Rules) is { } overQuota ? new AttachmentIntakeResult(null, overQuota) : await intake.StoreAsync(file, Rules, cancellationToken);
            var problem = taken.Upload is { } upload ? swap.AttachEvidence(upload, now, currentUser.Name, Rules) : taken.Problem;
            if (taken.Upload is { } kept)
            {
                stored.Add(kept);
            }

            if (problem is not null)
            {
                intake.Discard(stored);
                return new([], problem);
            }

            swap.RecordEvidenceScan(swap.Evidence[^1].Id, await intake.ScanAsync(taken.Upload!, cancellationToken));
        }

        return new(stored, null);
    }

    /// <summary>Removes the stored files of an attach whose save failed.</summary>
    internal void Discard(AttachedEvidence attached) => intake.Discard(attached.Stored);
}

/// <summary>The files stored for a case in one go, or why one was refused (then nothing is stored).</summary>
public sealed record AttachedEvidence(IReadOnlyList<AttachmentUpload> Stored, AttachmentProblem? Problem);
