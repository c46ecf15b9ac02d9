using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.NonRenewal;

/// <summary>The three days of a written non-renewal notice's way from the customer to the vendor (004 §4-3: 販売パートナーを通じて書面で).</summary>
public sealed record NonRenewalInput(DateOnly ReceivedByPartnerOn, DateOnly ForwardedOn, DateOnly VendorReceivedOn);

/// <summary>
/// Records a customer's non-renewal notice, with the scan of the letter if there is one. The contract decides whether the
/// dates make sense and which term is the last (in time: the current one; late: the next, 004 §4-3); the letter is
/// taken in through the shared <see cref="AttachmentIntake"/> against <see cref="LetterRules"/> (on what the browser declared
/// before a byte is stored, then on the stored bytes) and must pass the scan. A refusal leaves no file, no row and no change.
/// </summary>
public sealed class RecordNonRenewal(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, AttachmentIntake intake, IBusinessCalendarSource calendars)
{
    private static readonly Dictionary<string, string[]> s_letterTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = ["application/pdf"],
        ["png"] = ["image/png"],
        ["jpg"] = ["image/jpeg"],
        ["jpeg"] = ["image/jpeg"],
    };

    /// <summary>A letter is a scan or a photo: PDF, PNG or JPEG up to 10 MiB.</summary>
    public static AttachmentRules LetterRules { get; } = new(10L * 1024 * 1024, s_letterTypes);

    /// <summary>A picked letter, read within <see cref="LetterRules"/>' limit (<see cref="AttachmentFile.FromBrowser"/>).</summary>
    public static AttachmentFile FromBrowser(IBrowserFile file) => AttachmentFile.FromBrowser(file, LetterRules);

    /// <param name="contractId">The contract.</param>
    /// <param name="notice">The notice's dates.</param>
    /// <param name="letter">The letter's scan, if any.</param>
    /// <param name="expectedVersion">The contract's version the user saw; a different one is a <see cref="NonRenewalProblem.Conflict"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<NonRenewalResult> ExecuteAsync(Guid contractId, NonRenewalInput notice, AttachmentFile? letter, Guid expectedVersion,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!currentUser.IsInAnyRole(ContractsPermissions.NonRenewalRoles))
        {
            return NonRenewalResult.Fail(NonRenewalProblem.NotAllowed);
        }

        if (letter is not null && AttachmentIntake.CheckDeclared(letter, LetterRules) is { } early)
        {
            return NonRenewalResult.BadLetter(early);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The tenant filter hides another partner's contract: it is simply not found.
        var contract = await db.Contracts.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return NonRenewalResult.Fail(NonRenewalProblem.NotFound);
        }

        db.Entry(contract).Property(c => c.Version).OriginalValue = expectedVersion;
        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        Guid? letterId = letter is null ? null : Guid.NewGuid();
        var calendarSet = await calendars.CurrentAsync(cancellationToken);
        // The contract is asked first, so a refused notice never stores a file.
        if (contract.RecordNonRenewal(new NonRenewalNotice(notice.ReceivedByPartnerOn, notice.ForwardedOn, notice.VendorReceivedOn, letterId), today, now, currentUser.Name,
            calendarSet) is { } refusal)
        {
            return NonRenewalResult.Refuse(refusal);
        }

        AttachmentUpload? storedUpload = null;
        if (letter is not null)
        {
            var stored = await StoreAsync(contract, letterId!.Value, letter, now, db, cancellationToken);
            if (stored.Problem is not null)
            {
                return stored.Problem;
            }

            storedUpload = stored.Upload;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return NonRenewalResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            if (storedUpload is not null)
            {
                intake.Discard([storedUpload]);
            }

            return NonRenewalResult.Fail(NonRenewalProblem.Conflict);
        }
    }

    private async Task<(AttachmentUpload? Upload, NonRenewalResult? Problem)> StoreAsync(ServiceContract contract, Guid letterId, AttachmentFile letter,
        DateTimeOffset now, HubDbContext db, CancellationToken cancellationToken)
    {
        var taken = await intake.StoreAsync(letter, LetterRules, cancellationToken);
        if (taken.Upload is not { } upload)
        {
            return (null, NonRenewalResult.BadLetter(taken.Problem!.Value));
        }

        // Unlike a case's files, a letter is kept only when clean: the notice it proves is recorded now.
        var scan = await intake.ScanAsync(upload, cancellationToken);
        if (scan != ScanStatus.Clean)
        {
            intake.Discard([upload]);
            return (null, NonRenewalResult.Fail(NonRenewalProblem.LetterNotClean));
        }

        db.ContractLetters.Add(new ContractLetter(letterId, contract, upload, scan, now, currentUser.Name));
        return (upload, null);
    }
}
