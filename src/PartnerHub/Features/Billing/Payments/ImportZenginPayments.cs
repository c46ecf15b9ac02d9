using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Accounting;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>What became of one record of an imported file.</summary>
public enum ImportedRecordOutcome
{
    /// <summary>Booked to the one partner its name and amount point to (and allocated, if the setting says so).</summary>
    Matched,

    /// <summary>Booked without a partner: candidates need finance's decision.</summary>
    Ambiguous,

    /// <summary>Booked without a partner: nothing points to one.</summary>
    Unmatched,

    /// <summary>Not booked: the same bank record was imported before (or twice in this file).</summary>
    Duplicate,

    /// <summary>A 取消 record: the earlier payment it names was reversed (its invoices re-opened, its credit removed).</summary>
    Reversed,

    /// <summary>A 取消 record naming no payment the hub booked (or several): kept on finance's 取消 work list, no payment changed.</summary>
    CancellationUnmatched,

    /// <summary>A 取消 record whose payment cannot be reversed as it stands (its credit settled a later invoice): kept on the work list for finance.</summary>
    CancellationRefused,
}

/// <summary>One record of the file and what the import did with it (<c>Refusal</c>: why a 取消 could not reverse its payment).</summary>
public sealed record ImportedRecord(
    int RecordNumber, DateOnly BookingDate, string PayerName, Yen Amount, ImportedRecordOutcome Outcome, IReadOnlyList<PayerMatchReason> Reasons,
    IReadOnlyList<string> CandidateNames, string? PartnerName, Guid? PaymentId, Guid? EarlierPaymentId, Yen Allocated, PaymentChangeResult? Refusal = null,
    bool IsCancellation = false, Guid? WorkItemId = null);

/// <summary>
/// The import's result: the file's errors (then nothing was booked), or every record with its outcome, and the open 取消 items of
/// earlier imports this file's payments resolved (<c>ResolvedCancellations</c>).
/// </summary>
public sealed record ZenginImportReport(string FileName, IReadOnlyList<ZenginParseError> Errors, IReadOnlyList<ImportedRecord> Records, PaymentProblem? Problem = null,
    IReadOnlyList<Guid>? ResolvedCancellations = null)
{
    public bool Booked => Problem is null && Errors.Count == 0;

    public int Count(ImportedRecordOutcome outcome) => Records.Count(r => r.Outcome == outcome);
}

/// <summary>
/// Imports a bank's 全銀 incoming-payment file (振込入金通知 / 入出金取引明細). A file with any error books nothing and lists the
/// errors by record. Otherwise each credit record is booked as a payment once — its bank record identity (receiving account,
/// booking date, 照会番号, amount) is unique, so re-importing the file or a statement overlapping it books nothing twice — and
/// matched to a partner by finance's payer name table and the open invoices (<see cref="PayerMatcher"/>). A match is booked to
/// the partner (and allocated earliest due first when <see cref="PaymentsOptions.AllocateMatchedImports"/>); ambiguous and
/// unmatched records wait for finance with the matcher's reasons. A 取消 record (取消区分 1) books nothing: it reverses the
/// payment booked from the notice it withdraws (<see cref="ReversePayment"/>), found by the bank's reference fields — the
/// receiving account, 照会番号 and amount, booked on or before the 取消 — and one it cannot match or reverse is kept on finance's
/// work list (<see cref="BankCancellation"/>, one item per record however often it is imported). A payment this import books that
/// an open item's 取消 withdraws resolves that item by the same rule.
/// </summary>
public sealed class ImportZenginPayments(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, IOptions<PaymentsOptions> options, TimeProvider clock,
    IBusinessCalendarSource calendars)
{
    /// <summary>Largest file accepted: about 50,000 records.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<ZenginImportReport> ExecuteAsync(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (!currentUser.IsInAnyRole(BillingPermissions.ManageRoles))
        {
            return new ZenginImportReport(fileName, [], [], PaymentProblem.NotAllowed);
        }

        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        var parsed = ZenginTransferFile.Parse(content, today);
        if (!parsed.Succeeded)
        {
            return new ZenginImportReport(fileName, parsed.Errors, []);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var policy = options.Value.DunningOn(await calendars.CurrentAsync(cancellationToken));
        var open = await ReceivableQueries.InvoiceBalancesAsync(db, policy, today, null, null, cancellationToken);
        var names = await db.PayerNames.AsNoTracking().ToListAsync(cancellationToken);
        var partnerNames = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var matcher = new PayerMatcher(names.Select(n => n.ToEntry()),
            open.Where(b => b.Open > Yen.Zero).Select(b => new OpenReceivable(b.PartnerId.ToString("N"), b.InvoiceId.ToString("N"), b.DueDate, b.Open)));
        var identities = parsed.Transfers.Select(IdentityOf).ToList();
        var earlier = await db.Payments.AsNoTracking().Where(p => p.BankRecordIdentity != null && identities.Contains(p.BankRecordIdentity))
            .Select(p => new { p.Id, p.BankRecordIdentity }).ToDictionaryAsync(p => p.BankRecordIdentity!, p => p.Id, cancellationToken);
        var inThisFile = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var booked = new List<ZenginTransfer>();
        var records = new List<ImportedRecord>();
        foreach (var transfer in parsed.Transfers)
        {
            string identity = IdentityOf(transfer);
            if (transfer.IsCancellation)
            {
                records.Add(await CancelAsync(db, fileName, transfer, identity, now, cancellationToken));
                continue;
            }

            if (earlier.TryGetValue(identity, out var before) || inThisFile.TryGetValue(identity, out before))
            {
                records.Add(Record(transfer, ImportedRecordOutcome.Duplicate, [], [], null, null, before, Yen.Zero));
                continue;
            }

            var match = matcher.Match(transfer.ToIncomingTransfer());
            Guid? partnerId = match.Outcome == PayerMatchOutcome.Matched ? Guid.ParseExact(match.Candidates[0].PartnerKey, "N") : null;
            var state = match.Outcome switch
            {
                PayerMatchOutcome.Matched => PaymentMatchState.Matched,
                PayerMatchOutcome.Ambiguous => PaymentMatchState.Ambiguous,
                _ => PaymentMatchState.Unmatched,
            };
            var origin = new BankRecordOrigin(fileName, transfer.RecordNumber, identity);
            var payment = Payment.Import(Guid.NewGuid(), origin, transfer.BookingDate, transfer.Amount, transfer.PayerName, state,
                match.Reasons.Select(r => r.ToString()), partnerId, now, currentUser.Name).Payment!;
            if (partnerId is { } partner && options.Value.AllocateMatchedImports)
            {
                AllocateToFittingInvoices(payment, partner, match.Candidates[0].InvoiceNumbers, open, now);
            }

            db.Payments.Add(payment);
            inThisFile[identity] = payment.Id;
            booked.Add(transfer);
            var outcome = state switch
            {
                PaymentMatchState.Matched => ImportedRecordOutcome.Matched,
                PaymentMatchState.Ambiguous => ImportedRecordOutcome.Ambiguous,
                _ => ImportedRecordOutcome.Unmatched,
            };
            var candidates = match.Candidates.Select(c => Guid.ParseExact(c.PartnerKey, "N")).Select(id => partnerNames.GetValueOrDefault(id, id.ToString())).ToList();
            records.Add(Record(transfer, outcome, match.Reasons, candidates, partnerId is { } p ? partnerNames.GetValueOrDefault(p) : null, payment.Id, null,
                payment.Allocated));
        }

        var resolved = await ResolveEarlierCancellationsAsync(db, fileName, booked, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another import of the same records committed first (or finance resolved one of its 取消 items meanwhile): nothing of
            // this one is booked.
            return new ZenginImportReport(fileName, [], [], PaymentProblem.Conflict);
        }

        return new ZenginImportReport(fileName, [], records, ResolvedCancellations: resolved);
    }

    // The 取消 carries the withdrawn notice's reference fields; its 勘定日 may be a later day, so the day is left out of the match.
    // One it cannot reverse becomes (or, on a re-import, stays) an open item of finance's work list (BankCancellation).
    private async Task<ImportedRecord> CancelAsync(HubDbContext db, string fileName, ZenginTransfer cancellation, string identity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var applied = db.Payments.Local.FirstOrDefault(p => p.ReversalRecordIdentity == identity)
            ?? await db.Payments.FirstOrDefaultAsync(p => p.ReversalRecordIdentity == identity, cancellationToken);
        var item = db.BankCancellations.Local.FirstOrDefault(c => c.RecordIdentity == identity)
            ?? await db.BankCancellations.FirstOrDefaultAsync(c => c.RecordIdentity == identity, cancellationToken);
        if (applied is not null || item is { IsOpen: false })
        {
            return Record(cancellation, ImportedRecordOutcome.Duplicate, [], [], null, null, applied?.Id ?? item?.MatchedPaymentId, Yen.Zero)
                with { IsCancellation = true, WorkItemId = item?.Id };
        }

        var (account, reference) = ReferenceOf(cancellation);
        var (payment, cause) = await WithdrawnPaymentAsync(db, account, reference, identity, cancellation.BookingDate, cancellationToken);
        string reason = ReversalReason(fileName, cancellation.RecordNumber);
        PaymentChangeResult? refused = null;
        if (payment is not null)
        {
            refused = await ReversePayment.ReverseAsync(db, payment, reason, identity, now, currentUser.Name, cancellationToken);
            if (refused is null)
            {
                item?.MatchTo(payment.Id, payment.Amount, payment.ReceivedOn, reason, fileName, now, currentUser.Name);
                return Record(cancellation, ImportedRecordOutcome.Reversed, [], [], await PartnerNameAsync(db, payment, cancellationToken), null, payment.Id, Yen.Zero)
                    with { IsCancellation = true, WorkItemId = item?.Id };
            }

            cause = BankCancellationCause.ReversalRefused;
        }

        string? detail = refused is null ? null : string.Join(' ', refused.Refusal, refused.Detail).Trim();
        if (item is null)
        {
            var record = new BankCancellationRecord(identity, account, reference,
                string.Create(CultureInfo.InvariantCulture, $"{cancellation.Account.BankCode}-{cancellation.Account.BranchCode}-{cancellation.Account.AccountNumber}"),
                cancellation.InquiryNumber, cancellation.Amount, cancellation.PayerName, cancellation.BookingDate, cancellation.ValueDate);
            item = BankCancellation.Record(Guid.NewGuid(), record, fileName, cancellation.RecordNumber, cause, payment?.Id, detail, now, currentUser.Name);
            db.BankCancellations.Add(item);
        }
        else
        {
            item.Reassess(cause, payment?.Id, detail);
        }

        var outcome = refused is null ? ImportedRecordOutcome.CancellationUnmatched : ImportedRecordOutcome.CancellationRefused;
        return Record(cancellation, outcome, [], [], payment is null ? null : await PartnerNameAsync(db, payment, cancellationToken), null, payment?.Id, Yen.Zero)
            with { Refusal = refused, IsCancellation = true, WorkItemId = item.Id };
    }

    /// <summary>
    /// The open 取消 items the payments booked by this import may withdraw (same account, 照会番号 and amount, the 取消 on or after the
    /// payment's day): each is matched by the import's own rule (<see cref="WithdrawnPaymentAsync"/>) and, when that finds one payment
    /// the hub can reverse, reversed and resolved — what the import would have done had the payment been booked first.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> ResolveEarlierCancellationsAsync(HubDbContext db, string fileName, IReadOnlyList<ZenginTransfer> booked, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var keys = booked.Select(t => (Key: ReferenceOf(t), t.BookingDate)).ToList();
        var references = keys.Select(k => k.Key.Reference).Distinct().ToList();
        var stored = await db.BankCancellations.Where(c => c.Status == BankCancellationStatus.Open && references.Contains(c.ReferenceKey)).ToListAsync(cancellationToken);
        var open = stored.Concat(db.BankCancellations.Local.Where(c => c.IsOpen)).DistinctBy(c => c.Id)
            .Where(c => keys.Any(k => k.Key == (c.AccountKey, c.ReferenceKey) && k.BookingDate <= c.BookingDate))
            .ToList();
        var resolved = new List<Guid>();
        foreach (var item in open)
        {
            var (payment, cause) = await WithdrawnPaymentAsync(db, item.AccountKey, item.ReferenceKey, item.RecordIdentity, item.BookingDate, cancellationToken);
            if (payment is null)
            {
                item.Reassess(cause, null, null);
                continue;
            }

            string reason = ReversalReason(item.SourceFileName, item.SourceRecordNumber);
            if (await ReversePayment.ReverseAsync(db, payment, reason, item.RecordIdentity, now, currentUser.Name, cancellationToken) is { } refused)
            {
                item.Reassess(BankCancellationCause.ReversalRefused, payment.Id, string.Join(' ', refused.Refusal, refused.Detail).Trim());
                continue;
            }

            item.MatchTo(payment.Id, payment.Amount, payment.ReceivedOn, reason, fileName, now, currentUser.Name);
            resolved.Add(item.Id);
        }

        return resolved;
    }

    /// <summary>
    /// The import's rule for the payment a 取消 withdraws: a standing payment booked from a bank record with the same receiving account,
    /// 照会番号 and amount, on or before the 取消's day; of several, the one of the same day; none or several undecided → the cause.
    /// Looks at stored payments and those this import booked before.
    /// </summary>
    internal static async Task<(Payment? Payment, BankCancellationCause Cause)> WithdrawnPaymentAsync(HubDbContext db, string account, string reference,
        string identity, DateOnly cancelledOn, CancellationToken cancellationToken)
    {
        var stored = await db.Payments
            .Where(p => p.BankRecordIdentity != null && p.BankRecordIdentity.StartsWith(account) && p.BankRecordIdentity.EndsWith(reference)
                && p.ReversedAt == null && p.ReceivedOn <= cancelledOn)
            .ToListAsync(cancellationToken);
        var candidates = stored.Concat(db.Payments.Local.Where(p => p.BankRecordIdentity is { } booked && booked.StartsWith(account, StringComparison.Ordinal)
                && booked.EndsWith(reference, StringComparison.Ordinal) && !p.IsReversed && p.ReceivedOn <= cancelledOn))
            .DistinctBy(p => p.Id).ToList();
        // Several notices with one 照会番号 and amount (a bank re-using numbers across days): the same day decides, else finance.
        var payment = candidates.Count == 1 ? candidates[0] : candidates.SingleOrDefault(p => p.BankRecordIdentity == identity);
        return (payment, candidates.Count == 0 ? BankCancellationCause.NoPayment : BankCancellationCause.SeveralPayments);
    }

    /// <summary>The reversal reason a 取消 record gives its payment (the import's, and prefilled for finance's match by hand).</summary>
    public static string ReversalReason(string fileName, int recordNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"全銀 取消区分 1: {fileName} #{recordNumber}");

    private static Task<string?> PartnerNameAsync(HubDbContext db, Payment payment, CancellationToken cancellationToken) =>
        payment.PartnerId is { } partnerId
            ? db.Organisations.AsNoTracking().Where(o => o.Id == partnerId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken)
            : Task.FromResult<string?>(null);

    /// <summary>
    /// The bank's reference fields of a record apart from its day, as the two ends of its identity (<see cref="IdentityOf"/>):
    /// the receiving account, and the 照会番号 with the amount.
    /// </summary>
    public static (string Account, string Reference) ReferenceOf(ZenginTransfer transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var account = transfer.Account;
        return (string.Create(CultureInfo.InvariantCulture, $"{account.BankCode}-{account.BranchCode}-{account.AccountNumber.TrimStart('0')}-"),
            string.Create(CultureInfo.InvariantCulture, $"-{transfer.InquiryNumber.Trim().TrimStart('0')}-{transfer.Amount.Amount}"));
    }

    /// <summary>
    /// A bank record's identity: the receiving account (bank, branch, account number), the booking date, the bank's 照会番号 and
    /// the amount. The same record delivered again (a re-sent or twice-downloaded file) gives the same identity. Leading zeros are
    /// dropped, so the 7-digit (01) and 10-digit (03) account numbers and 6/8-digit 照会番号 of one number agree; whether a bank
    /// numbers a notice and its statement line alike is not in the sources (FORMATS.md §3.3–3.4), so finance imports one kind.
    /// </summary>
    public static string IdentityOf(ZenginTransfer transfer)
    {
        var (account, reference) = ReferenceOf(transfer);
        return string.Create(CultureInfo.InvariantCulture, $"{account}{transfer.BookingDate:yyyyMMdd}{reference}");
    }

    // The matcher names invoices by the key it was given: the invoice id (numbers repeat across issuers and fiscal years).
    private void AllocateToFittingInvoices(Payment payment, Guid partnerId, IReadOnlyList<string> invoiceKeys, List<InvoiceBalance> open, DateTimeOffset at)
    {
        foreach (var key in invoiceKeys)
        {
            var invoice = open.SingleOrDefault(b => b.PartnerId == partnerId && b.InvoiceId == Guid.ParseExact(key, "N"));
            if (invoice is null || invoice.Open <= Yen.Zero)
            {
                continue;
            }

            var amount = invoice.Open < payment.Unallocated ? invoice.Open : payment.Unallocated;
            if (amount > Yen.Zero && payment.AllocateTo(invoice.InvoiceId, partnerId, invoice.Open, amount, at, currentUser.Name) is null)
            {
                // Later records of the same file see what this one settled.
                open[open.IndexOf(invoice)] = invoice with { Allocated = invoice.Allocated + amount, Open = invoice.Open - amount };
            }
        }
    }

    private static ImportedRecord Record(ZenginTransfer transfer, ImportedRecordOutcome outcome, IReadOnlyList<PayerMatchReason> reasons,
        IReadOnlyList<string> candidates, string? partner, Guid? paymentId, Guid? earlierPaymentId, Yen allocated) =>
        new(transfer.RecordNumber, transfer.BookingDate, transfer.PayerName, transfer.Amount, outcome, reasons, candidates, partner, paymentId, earlierPaymentId,
            allocated);
}
