using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Contracts.NonRenewal;

/// <summary>A file as the browser sent it.</summary>
public sealed record LetterFile(string FileName, string ContentType, long DeclaredSize, Func<Stream> OpenRead);

/// <summary>The three days of a written non-renewal notice's way from the customer to the vendor (004 §4-3: 販売パートナーを通じて書面で).</summary>
public sealed record NonRenewalInput(DateOnly ReceivedByPartnerOn, DateOnly ForwardedOn, DateOnly VendorReceivedOn);

/// <summary>
/// Records a customer's non-renewal notice, with the scan of the letter if there is one. The contract decides whether the
/// dates make sense and which term is the last (in time: the current one; late: the next, 004 §4-3); the letter is
/// checked against <see cref="LetterRules"/> on what the browser declared before a byte is stored, then again on the
/// stored bytes, and must pass the <see cref="IAttachmentScanner"/>. A refusal leaves no file, no row and no change.
/// </summary>
public sealed class RecordNonRenewal(
    IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, AttachmentStore store, IAttachmentScanner scanner,
    IBusinessCalendarSource calendars)
{
    private const string NoChecksumYet = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly Dictionary<string, string[]> s_letterTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = ["application/pdf"],
        ["png"] = ["image/png"],
        ["jpg"] = ["image/jpeg"],
        ["jpeg"] = ["image/jpeg"],
    };

    /// <summary>A letter is a scan or a photo: PDF, PNG or JPEG up to 10 MiB.</summary>
    public static AttachmentRules LetterRules { get; } = new(10L * 1024 * 1024, s_letterTypes);

    /// <param name="contractId">The contract.</param>
    /// <param name="notice">The notice's dates.</param>
    /// <param name="letter">The letter's scan, if any.</param>
    /// <param name="expectedVersion">The contract's version the user saw; a different one is a <see cref="NonRenewalProblem.Conflict"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<NonRenewalResult> ExecuteAsync(Guid contractId, NonRenewalInput notice, LetterFile? letter, Guid expectedVersion,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!currentUser.IsInAnyRole(ContractsPermissions.NonRenewalRoles))
        {
            return NonRenewalResult.Fail(NonRenewalProblem.NotAllowed);
        }

        if (letter is not null && LetterRules.Check(new AttachmentUpload(letter.FileName, letter.ContentType, letter.DeclaredSize, NoChecksumYet, "pending")) is { } early)
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

        string? storedKey = null;
        if (letter is not null)
        {
            var stored = await StoreAsync(contract, letterId!.Value, letter, now, db, cancellationToken);
            if (stored.Problem is not null)
            {
                return stored.Problem;
            }

            storedKey = stored.Key;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return NonRenewalResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            if (storedKey is not null)
            {
                store.Delete(storedKey);
            }

            return NonRenewalResult.Fail(NonRenewalProblem.Conflict);
        }
    }

    private async Task<(string? Key, NonRenewalResult? Problem)> StoreAsync(ServiceContract contract, Guid letterId, LetterFile letter, DateTimeOffset now,
        HubDbContext db, CancellationToken cancellationToken)
    {
        (string Key, long Size, string Sha256) stored;
        try
        {
            await using var content = letter.OpenRead();
            stored = await store.SaveAsync(content, LetterRules.MaxSizeBytes, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // The browser stream ends with an IOException when the file is larger than the limit it was opened with.
            return (null, NonRenewalResult.BadLetter(AttachmentProblem.TooLarge));
        }

        if (LetterRules.Check(new AttachmentUpload(letter.FileName, letter.ContentType, stored.Size, stored.Sha256, stored.Key)) is { } problem)
        {
            store.Delete(stored.Key);
            return (null, NonRenewalResult.BadLetter(problem));
        }

        if (await scanner.ScanAsync(store.PathOf(stored.Key), letter.FileName, stored.Size, cancellationToken) != ScanStatus.Clean)
        {
            store.Delete(stored.Key);
            return (null, NonRenewalResult.Fail(NonRenewalProblem.LetterNotClean));
        }

        db.ContractLetters.Add(new ContractLetter(letterId, contract, letter.FileName, letter.ContentType, stored.Size, stored.Sha256, stored.Key, now, currentUser.Name));
        return (stored.Key, null);
    }
}
