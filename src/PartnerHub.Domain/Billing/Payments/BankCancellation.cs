using PartnerHub.Domain.Common;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Payments;

/// <summary>Where a bank 取消 record stands on finance's work list.</summary>
public enum BankCancellationStatus
{
    /// <summary>Waiting for finance: no payment was reversed for it.</summary>
    Open,

    /// <summary>The payment it withdraws was found (by finance, or by a later import) and reversed.</summary>
    Matched,

    /// <summary>Finance closed it without reversing anything, with a reason.</summary>
    Dismissed,
}

/// <summary>Why the import could not reverse a payment for a 取消 record.</summary>
public enum BankCancellationCause
{
    /// <summary>No payment the hub booked carries the record's account, 照会番号 and amount on or before its day.</summary>
    NoPayment,

    /// <summary>Several payments carry them and none on the same day: the bank's numbers do not decide.</summary>
    SeveralPayments,

    /// <summary>The payment was found but cannot be reversed as it stands (its credit settled a later invoice).</summary>
    ReversalRefused,
}

/// <summary>Why a change of a 取消 work item was refused.</summary>
public enum BankCancellationRefusal
{
    /// <summary>The item was matched or dismissed already.</summary>
    AlreadyResolved,

    /// <summary>Dismissing needs finance's reason.</summary>
    DismissalReasonMissing,

    /// <summary>The payment's amount is not the amount the bank withdrew.</summary>
    AmountDiffers,

    /// <summary>The payment arrived after the 取消's day: it cannot be the transfer the bank withdrew.</summary>
    PaymentAfterCancellation,
}

/// <summary>The bank's fields of a 取消 record as the import read them.</summary>
/// <param name="RecordIdentity">The record's identity (account, day, 照会番号, amount): one work item per record, however often it is imported.</param>
/// <param name="AccountKey">The receiving account part of the identity, to find the payment it withdraws.</param>
/// <param name="ReferenceKey">The 照会番号 and amount part of the identity.</param>
/// <param name="Account">Receiving bank, branch and account number as printed ("0005-001-1234567").</param>
/// <param name="InquiryNumber">照会番号 as printed.</param>
/// <param name="Amount">The amount withdrawn.</param>
/// <param name="PayerName">振込依頼人名 (half-width kana).</param>
/// <param name="BookingDate">勘定日 of the 取消.</param>
/// <param name="ValueDate">起算日, when the file gives one.</param>
public sealed record BankCancellationRecord(string RecordIdentity, string AccountKey, string ReferenceKey, string Account, string InquiryNumber, Yen Amount,
    string PayerName, DateOnly BookingDate, DateOnly? ValueDate);

/// <summary>
/// A bank 取消 record (取消区分 1) the 全銀 import could not turn into a reversal: no matching payment, several, or a payment whose
/// reversal was refused. It stays on finance's work list until finance matches it to a payment (which is then reversed through
/// <see cref="Payment.Reverse"/>) or dismisses it with a reason; a later import that makes the match certain resolves it the same
/// way. State changes only through the methods below.
/// </summary>
public sealed class BankCancellation : IVersioned
{
    private BankCancellation()
    {
        RecordIdentity = AccountKey = ReferenceKey = Account = InquiryNumber = PayerName = SourceFileName = RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The 取消 record's identity, unique: a re-import finds this item instead of adding another.</summary>
    public string RecordIdentity { get; private set; }

    public string AccountKey { get; private set; }

    public string ReferenceKey { get; private set; }

    public string Account { get; private set; }

    public string InquiryNumber { get; private set; }

    public Yen Amount { get; private set; }

    public string PayerName { get; private set; }

    public DateOnly BookingDate { get; private set; }

    public DateOnly? ValueDate { get; private set; }

    /// <summary>The file the record first came in, and its record number there.</summary>
    public string SourceFileName { get; private set; }

    public int SourceRecordNumber { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>Why the import could not reverse a payment (the latest import's view).</summary>
    public BankCancellationCause Cause { get; private set; }

    /// <summary>For <see cref="BankCancellationCause.ReversalRefused"/>: the payment found.</summary>
    public Guid? RefusedPaymentId { get; private set; }

    /// <summary>For <see cref="BankCancellationCause.ReversalRefused"/>: the refusal and what it names (e.g. the invoice the credit settled).</summary>
    public string? RefusalDetail { get; private set; }

    public BankCancellationStatus Status { get; private set; }

    /// <summary>The payment reversed for it, once matched.</summary>
    public Guid? MatchedPaymentId { get; private set; }

    /// <summary>The reversal reason (matched) or finance's reason (dismissed).</summary>
    public string? Resolution { get; private set; }

    /// <summary>When a later import matched it: that file's name.</summary>
    public string? ResolvedByImportOf { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolvedBy { get; private set; }

    public bool IsOpen => Status == BankCancellationStatus.Open;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>A 取消 record of file <paramref name="fileName"/> the import could not reverse a payment for.</summary>
    public static BankCancellation Record(Guid id, BankCancellationRecord record, string fileName, int recordNumber, BankCancellationCause cause,
        Guid? refusedPaymentId, string? refusalDetail, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(record);
        var item = new BankCancellation
        {
            Id = id,
            RecordIdentity = record.RecordIdentity,
            AccountKey = record.AccountKey,
            ReferenceKey = record.ReferenceKey,
            Account = record.Account,
            InquiryNumber = record.InquiryNumber.Trim(),
            Amount = record.Amount,
            PayerName = record.PayerName.Trim(),
            BookingDate = record.BookingDate,
            ValueDate = record.ValueDate,
            SourceFileName = fileName,
            SourceRecordNumber = recordNumber,
            RecordedAt = at,
            RecordedBy = by,
            Status = BankCancellationStatus.Open,
        };
        item.Reassess(cause, refusedPaymentId, refusalDetail);
        return item;
    }

    /// <summary>A re-import of the record found it still unresolvable: the cause is the latest import's. Ignored once resolved.</summary>
    public void Reassess(BankCancellationCause cause, Guid? refusedPaymentId, string? refusalDetail)
    {
        if (!IsOpen)
        {
            return;
        }

        Cause = cause;
        RefusedPaymentId = cause == BankCancellationCause.ReversalRefused ? refusedPaymentId : null;
        RefusalDetail = cause == BankCancellationCause.ReversalRefused ? refusalDetail : null;
    }

    /// <summary>
    /// Checks that a payment received on <paramref name="receivedOn"/> of <paramref name="amount"/> can be the transfer this record
    /// withdraws (same amount, not after the 取消's day); the caller reverses it, then calls <see cref="MatchTo"/>.
    /// </summary>
    public BankCancellationRefusal? CanMatch(Yen amount, DateOnly receivedOn) =>
        !IsOpen ? BankCancellationRefusal.AlreadyResolved
        : amount != Amount ? BankCancellationRefusal.AmountDiffers
        : receivedOn > BookingDate ? BankCancellationRefusal.PaymentAfterCancellation
        : null;

    /// <summary>The payment it withdraws was reversed with <paramref name="reversalReason"/>; <paramref name="importFileName"/> when an import matched it.</summary>
    public BankCancellationRefusal? MatchTo(Guid paymentId, Yen amount, DateOnly receivedOn, string reversalReason, string? importFileName, DateTimeOffset at, string by)
    {
        if (CanMatch(amount, receivedOn) is { } refusal)
        {
            return refusal;
        }

        Status = BankCancellationStatus.Matched;
        MatchedPaymentId = paymentId;
        Resolution = reversalReason;
        ResolvedByImportOf = importFileName;
        ResolvedAt = at;
        ResolvedBy = by;
        return null;
    }

    /// <summary>Finance closes the item without reversing anything (e.g. the bank confirmed the 取消 concerns another account holder).</summary>
    public BankCancellationRefusal? Dismiss(string? reason, DateTimeOffset at, string by)
    {
        if (!IsOpen)
        {
            return BankCancellationRefusal.AlreadyResolved;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return BankCancellationRefusal.DismissalReasonMissing;
        }

        Status = BankCancellationStatus.Dismissed;
        Resolution = reason.Trim();
        ResolvedAt = at;
        ResolvedBy = by;
        return null;
    }
}
