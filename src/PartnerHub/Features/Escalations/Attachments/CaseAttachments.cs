using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Escalations;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Escalations.Attachments;

/// <summary>A file as the browser sent it.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, long DeclaredSize, Func<Stream> OpenRead);

/// <summary>
/// Uploading a file to a case: the rules are checked on what the browser declared before a byte is stored; then the
/// bytes go to the <see cref="AttachmentStore"/> under a new key, the aggregate checks again with the real size and
/// SHA-256, and the <see cref="IAttachmentScanner"/> decides whether it becomes downloadable. A refused upload leaves no
/// file and no row.
/// </summary>
public sealed class CaseAttachments(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, AttachmentStore store, IAttachmentScanner scanner)
{
    private const string NoChecksumYet = "0000000000000000000000000000000000000000000000000000000000000000";

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

        if (Rules.Check(new AttachmentUpload(file.FileName, file.ContentType, file.DeclaredSize, NoChecksumYet, "pending")) is { } early)
        {
            return Refused(early);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var supportCase = await CaseWork.LoadAsync(db, caseId, cancellationToken);
        if (supportCase is null)
        {
            return CaseResult.Fail(CaseProblem.NotFound);
        }

        // Before a byte is stored, on what the browser declared; the aggregate checks again with the real size.
        if (supportCase.AttachmentQuota(file.DeclaredSize, Rules) is { } overQuota)
        {
            return Refused(overQuota);
        }

        (string Key, long Size, string Sha256) stored;
        try
        {
            await using var content = file.OpenRead();
            stored = await store.SaveAsync(content, Rules.MaxSizeBytes, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Refused(AttachmentProblem.TooLarge);
        }
        catch (IOException)
        {
            // The browser stream ends with an IOException when the file is larger than the limit it was opened with.
            return Refused(AttachmentProblem.TooLarge);
        }

        var now = clock.GetUtcNow();
        var upload = new AttachmentUpload(file.FileName, file.ContentType, stored.Size, stored.Sha256, stored.Key);
        if (supportCase.Attach(upload, side, visibility, marking, now, currentUser.Name) is { } problem)
        {
            store.Delete(stored.Key);
            return Refused(problem);
        }

        var attachment = supportCase.Attachments[^1];
        var result = await scanner.ScanAsync(store.PathOf(stored.Key), attachment.FileName, attachment.SizeBytes, cancellationToken);
        supportCase.RecordScan(attachment.Id, result, now, "scanner");
        var saved = await CaseWork.SaveAsync(db, supportCase, cancellationToken);
        if (!saved.Succeeded)
        {
            store.Delete(stored.Key);
        }

        return saved;
    }

    private static CaseResult Refused(AttachmentProblem problem) => new(null, CaseProblem.Attachment, null, problem);
}
