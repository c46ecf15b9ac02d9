using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Escalations;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Escalations.Attachments;

/// <summary>
/// Uploading a file to a case through the shared <see cref="AttachmentIntake"/>: the case's quota is checked on what the
/// browser declared before a byte is stored, the aggregate checks again with the real size, and the scan decides whether
/// it becomes downloadable. A refused upload leaves no file and no row.
/// </summary>
public sealed class CaseAttachments(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, AttachmentIntake intake)
{
    public static AttachmentRules Rules => AttachmentRules.Default;

    public async Task<CaseResult> UploadAsync(Guid caseId, AttachmentFile file, NoteVisibility visibility, TlpMarking marking,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        bool desk = currentUser.IsInAnyRole(EscalationsPermissions.DeskRoles);
        if (!desk && !currentUser.IsInAnyRole(EscalationsPermissions.FirstLineRoles))
        {
            return CaseResult.Fail(CaseProblem.NotAllowed);
        }

        var side = desk ? CaseSide.Desk : CaseSide.Partner;
        if (side == CaseSide.Partner)
        {
            // The partner side has no desk-only items.
            visibility = NoteVisibility.SharedWithPartner;
        }

        if (AttachmentIntake.CheckDeclared(file, Rules) is { } early)
        {
            return Refused(early);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var supportCase = await CaseWork.LoadAsync(db, caseId, cancellationToken);
        if (supportCase is null)
        {
            return CaseResult.Fail(CaseProblem.NotFound);
        }

        if (supportCase.AttachmentQuota(file.DeclaredSize, Rules) is { } overQuota)
        {
            return Refused(overQuota);
        }

        var stored = await intake.StoreAsync(file, Rules, cancellationToken);
        if (stored.Upload is not { } upload)
        {
            return Refused(stored.Problem!.Value);
        }

        var now = clock.GetUtcNow();
        if (supportCase.Attach(upload, side, visibility, marking, now, currentUser.Name) is { } problem)
        {
            intake.Discard([upload]);
            return Refused(problem);
        }

        var attachment = supportCase.Attachments[^1];
        supportCase.RecordScan(attachment.Id, await intake.ScanAsync(upload, cancellationToken), now, "scanner");
        var saved = await CaseWork.SaveAsync(db, supportCase, cancellationToken);
        if (!saved.Succeeded)
        {
            intake.Discard([upload]);
        }

        return saved;
    }

    private static CaseResult Refused(AttachmentProblem problem) => new(null, CaseProblem.Attachment, null, problem);
}
