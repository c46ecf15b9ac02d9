using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>A row of finance's 取消 work list; settable members so the database can sort by them.</summary>
public sealed record BankCancellationRow
{
    public required Guid Id { get; init; }

    public required DateOnly BookingDate { get; init; }

    public DateOnly? ValueDate { get; init; }

    public required string Account { get; init; }

    public required string InquiryNumber { get; init; }

    public required Yen Amount { get; init; }

    public required string PayerName { get; init; }

    public required string SourceFileName { get; init; }

    public required int SourceRecordNumber { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required BankCancellationCause Cause { get; init; }

    public string? RefusalDetail { get; init; }

    public required BankCancellationStatus Status { get; init; }

    public string? Resolution { get; init; }

    public string? ResolvedBy { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public string? ResolvedByImportOf { get; init; }

    public Guid? MatchedPaymentId { get; init; }

    /// <summary>
    /// Standing bank-imported payments with the record's account, 照会番号 and amount on or before its day: a suggestion for an open
    /// item the import could not decide (several such payments, or one whose reversal was refused).
    /// </summary>
    public int SuggestedPayments { get; init; }

    /// <summary>The reversal reason finance's match by hand starts from (the one the import would have written).</summary>
    public string PrefilledReason => ImportZenginPayments.ReversalReason(SourceFileName, SourceRecordNumber);
}

/// <summary>A payment finance may match a 取消 to: the same amount, standing, received on or before the 取消's day.</summary>
public sealed record CancellationCandidate(Guid PaymentId, DateOnly ReceivedOn, string PayerName, string? PartnerName, PaymentSource Source, string? SourceFileName,
    int? SourceRecordNumber, bool SameBankReference);

/// <summary>
/// Reads finance's 取消 work list: the bank 取消 records the import could not turn into a reversal. Finance's only — the query
/// filter shows it to vendor scopes, and the page to the finance role.
/// </summary>
public sealed class BankCancellationQueries(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser)
{
    private static readonly SortMap<BankCancellation> s_sorts = new SortMap<BankCancellation>(nameof(BankCancellationRow.BookingDate), defaultDescending: true)
        .Add(nameof(BankCancellationRow.BookingDate), c => c.BookingDate)
        .Add(nameof(BankCancellationRow.Amount), c => c.Amount)
        .Add(nameof(BankCancellationRow.PayerName), c => c.PayerName)
        .Add(nameof(BankCancellationRow.Status), c => c.Status)
        .ThenAlwaysBy(c => c.Id);

    /// <summary>One page of the work list (all statuses when <paramref name="status"/> is null), with the count of every matching item.</summary>
    public async Task<PagedResult<BankCancellationRow>> ListAsync(BankCancellationStatus? status, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return new PagedResult<BankCancellationRow>([], 0);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var items = db.BankCancellations.AsNoTracking();
        if (status is { } wanted)
        {
            items = items.Where(c => c.Status == wanted);
        }

        return await s_sorts.Apply(items, request).ToPageAsync(request, page => page.Select(c => new BankCancellationRow
        {
            Id = c.Id,
            BookingDate = c.BookingDate,
            ValueDate = c.ValueDate,
            Account = c.Account,
            InquiryNumber = c.InquiryNumber,
            Amount = c.Amount,
            PayerName = c.PayerName,
            SourceFileName = c.SourceFileName,
            SourceRecordNumber = c.SourceRecordNumber,
            RecordedAt = c.RecordedAt,
            Cause = c.Cause,
            RefusalDetail = c.RefusalDetail,
            Status = c.Status,
            Resolution = c.Resolution,
            ResolvedBy = c.ResolvedBy,
            ResolvedAt = c.ResolvedAt,
            ResolvedByImportOf = c.ResolvedByImportOf,
            MatchedPaymentId = c.MatchedPaymentId,
            SuggestedPayments = c.Status == BankCancellationStatus.Open
                ? db.Payments.Count(p => p.BankRecordIdentity != null && p.BankRecordIdentity.StartsWith(c.AccountKey) && p.BankRecordIdentity.EndsWith(c.ReferenceKey)
                    && p.ReversedAt == null && p.ReceivedOn <= c.BookingDate)
                : 0,
        }), cancellationToken);
    }

    /// <summary>How many items wait for finance (the payments page's button).</summary>
    public async Task<int> OpenCountAsync(CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return 0;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.BankCancellations.CountAsync(c => c.Status == BankCancellationStatus.Open, cancellationToken);
    }

    /// <summary>
    /// The payments finance may match an item to, a page at a time with their count: same amount, standing, received on or before
    /// the 取消's day; those with the record's own bank reference first, then the latest.
    /// </summary>
    public async Task<PagedResult<CancellationCandidate>> CandidatesAsync(Guid itemId, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return new PagedResult<CancellationCandidate>([], 0);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.BankCancellations.AsNoTracking().Where(c => c.Id == itemId)
            .Select(c => new { c.Amount, c.BookingDate, c.AccountKey, c.ReferenceKey }).SingleOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return new PagedResult<CancellationCandidate>([], 0);
        }

        var candidates = db.Payments.AsNoTracking().Where(p => p.Amount == item.Amount && p.ReversedAt == null && p.ReceivedOn <= item.BookingDate)
            .Select(p => new
            {
                Payment = p,
                SameReference = p.BankRecordIdentity != null && p.BankRecordIdentity.StartsWith(item.AccountKey) && p.BankRecordIdentity.EndsWith(item.ReferenceKey),
            })
            .OrderByDescending(r => r.SameReference).ThenByDescending(r => r.Payment.ReceivedOn).ThenBy(r => r.Payment.Id);
        return await candidates.ToPageAsync(request, page => page.Select(r => new CancellationCandidate(r.Payment.Id, r.Payment.ReceivedOn, r.Payment.PayerName,
            db.Organisations.Where(o => o.Id == r.Payment.PartnerId).Select(o => o.Name).FirstOrDefault(), r.Payment.Source, r.Payment.SourceFileName,
            r.Payment.SourceRecordNumber, r.SameReference)), cancellationToken);
    }
}

/// <summary>The outcome of resolving a 取消 item: done (its id), or why nothing changed — a problem, the item's refusal, or the payment's.</summary>
public sealed record CancellationChangeResult(Guid? ItemId, PaymentProblem? Problem = null, BankCancellationRefusal? Refusal = null, PaymentChangeResult? Payment = null);

/// <summary>
/// Finance resolves an item of the 取消 work list: matches it to the payment the bank withdrew — that payment is reversed through
/// <see cref="ReversePayment.ReverseAsync"/> (the same rule as the button and the import) with the reason finance confirms, and
/// carries the record's identity so no later import reverses it again — or dismisses it with a reason. Both are audited.
/// </summary>
public sealed class ResolveBankCancellation(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    public Task<CancellationChangeResult> MatchAsync(Guid itemId, Guid paymentId, string? reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(itemId, reason, async (db, item, now) =>
        {
            var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
            if (payment is null)
            {
                return new CancellationChangeResult(null, PaymentProblem.NotFound);
            }

            if (item.CanMatch(payment.Amount, payment.ReceivedOn) is { } refusal)
            {
                return new CancellationChangeResult(null, PaymentProblem.Refused, refusal);
            }

            if (await ReversePayment.ReverseAsync(db, payment, reason, item.RecordIdentity, now, currentUser.Name, cancellationToken) is { } refused)
            {
                return new CancellationChangeResult(null, PaymentProblem.Refused, Payment: refused);
            }

            item.MatchTo(payment.Id, payment.Amount, payment.ReceivedOn, payment.ReversalReason!, null, now, currentUser.Name);
            return null;
        }, cancellationToken);

    public Task<CancellationChangeResult> DismissAsync(Guid itemId, string? reason, CancellationToken cancellationToken = default) =>
        ApplyAsync(itemId, reason, (_, item, now) => Task.FromResult(item.Dismiss(reason, now, currentUser.Name) is { } refusal
            ? new CancellationChangeResult(null, PaymentProblem.Refused, refusal)
            : null), cancellationToken);

    private async Task<CancellationChangeResult> ApplyAsync(Guid itemId, string? reason,
        Func<HubDbContext, BankCancellation, DateTimeOffset, Task<CancellationChangeResult?>> change, CancellationToken cancellationToken)
    {
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return new CancellationChangeResult(null, PaymentProblem.NotAllowed);
        }

        if (reason?.Trim().Length > ReversePayment.MaxReasonLength)
        {
            return new CancellationChangeResult(null, PaymentProblem.InvalidInput);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.BankCancellations.SingleOrDefaultAsync(c => c.Id == itemId, cancellationToken);
        if (item is null)
        {
            return new CancellationChangeResult(null, PaymentProblem.NotFound);
        }

        if (await change(db, item, clock.GetUtcNow()) is { } failed)
        {
            return failed;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CancellationChangeResult(itemId);
        }
        catch (DbUpdateException)
        {
            // Another finance user or an import resolved the item, or reversed the payment, meanwhile.
            return new CancellationChangeResult(null, PaymentProblem.Conflict);
        }
    }
}
