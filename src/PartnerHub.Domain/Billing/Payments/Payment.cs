using PartnerHub.Domain.Common;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Payments;

/// <summary>How a payment reached the hub.</summary>
public enum PaymentSource
{
    /// <summary>Finance typed it in (a bank statement read by eye, a cheque).</summary>
    Manual,

    /// <summary>A data record of a 全銀 振込入金通知 / 入出金取引明細 file.</summary>
    ZenginImport,
}

/// <summary>How the payer was found at import; <see cref="Assigned"/> once finance decided by hand.</summary>
public enum PaymentMatchState
{
    /// <summary>The payer name and amount pointed to one partner.</summary>
    Matched,

    /// <summary>Some evidence pointed to candidates; finance decides.</summary>
    Ambiguous,

    /// <summary>Nothing pointed to a partner; finance decides.</summary>
    Unmatched,

    /// <summary>Finance named the partner (a manual receipt, or an import finance assigned).</summary>
    Assigned,
}

/// <summary>Why a payment change was refused.</summary>
public enum PaymentRefusal
{
    /// <summary>The amount is zero or negative.</summary>
    AmountNotPositive,

    /// <summary>The payer name is empty.</summary>
    PayerNameMissing,

    /// <summary>Money can be allocated only once the payment has a partner.</summary>
    NoPartner,

    /// <summary>The payment is already allocated; its partner cannot change.</summary>
    AlreadyAllocated,

    /// <summary>The invoice belongs to another partner than the payment.</summary>
    InvoiceOfAnotherPartner,

    /// <summary>More than the payment's unallocated remainder.</summary>
    ExceedsUnallocated,

    /// <summary>More than the invoice's open balance.</summary>
    ExceedsOpenBalance,

    /// <summary>The allocation does not exist on this payment.</summary>
    AllocationNotFound,
}

/// <summary>Where a bank-imported payment came from, so the same record is never booked twice.</summary>
/// <param name="FileName">The file as uploaded.</param>
/// <param name="RecordNumber">The record (line) number in that file.</param>
/// <param name="RecordIdentity">The bank record's identity (account, booking date, 照会番号, amount): unique over all imports.</param>
public sealed record BankRecordOrigin(string FileName, int RecordNumber, string RecordIdentity);

/// <summary>
/// Money received from a partner: the amount in whole yen on the day it arrived, under the payer name the bank printed.
/// It is allocated to the partner's invoices (partially, to several, or later); what is not allocated is the partner's credit
/// (an over-payment or an advance) that finance can allocate to a later invoice. The partner is known at once for a manual
/// receipt, and for an imported one once matched or assigned. State changes only through the methods below.
/// </summary>
public sealed class Payment : IVersioned
{
    private readonly List<PaymentAllocation> _allocations = [];

    private Payment(Guid id, DateOnly receivedOn, Yen amount, string payerName, PaymentSource source, DateTimeOffset at, string by)
    {
        Id = id;
        ReceivedOn = receivedOn;
        Amount = amount;
        PayerName = payerName.Trim();
        Source = source;
        RecordedAt = at;
        RecordedBy = by;
        MatchReasons = string.Empty;
    }

    private Payment()
    {
        PayerName = RecordedBy = MatchReasons = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The day the money arrived (勘定日 for a bank record).</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The amount received, positive.</summary>
    public Yen Amount { get; private set; }

    /// <summary>振込依頼人名 as the bank delivered it (half-width kana), or as finance typed it.</summary>
    public string PayerName { get; private set; }

    public PaymentSource Source { get; private set; }

    /// <summary>For an import: the uploaded file's name.</summary>
    public string? SourceFileName { get; private set; }

    /// <summary>For an import: the record (line) number in the file.</summary>
    public int? SourceRecordNumber { get; private set; }

    /// <summary>For an import: the bank record's identity, unique (re-importing a file books nothing twice).</summary>
    public string? BankRecordIdentity { get; private set; }

    /// <summary>The paying partner, once known.</summary>
    public Guid? PartnerId { get; private set; }

    public PaymentMatchState MatchState { get; private set; }

    /// <summary>The matcher's reasons (<c>PayerMatchReason</c> names, comma-separated), kept for the result and the detail page.</summary>
    public string MatchReasons { get; private set; }

    /// <summary>Finance's note (e.g. what the receipt is for).</summary>
    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    public IReadOnlyList<PaymentAllocation> Allocations => _allocations;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>What is allocated to invoices.</summary>
    public Yen Allocated => Yen.Sum(_allocations.Select(a => a.Amount));

    /// <summary>What is not allocated: the partner's credit once the partner is known.</summary>
    public Yen Unallocated => Amount - Allocated;

    /// <summary>A receipt finance records by hand, for a partner it names.</summary>
    public static PaymentResult RecordManual(Guid id, Guid partnerId, DateOnly receivedOn, Yen amount, string? payerName, string? note, DateTimeOffset at, string by)
    {
        if (Validate(amount, payerName) is { } refusal)
        {
            return new PaymentResult(null, refusal);
        }

        var payment = new Payment(id, receivedOn, amount, payerName!, PaymentSource.Manual, at, by)
        {
            PartnerId = partnerId,
            MatchState = PaymentMatchState.Assigned,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        return new PaymentResult(payment, null);
    }

    /// <summary>A bank record as imported, with the matcher's verdict; <paramref name="partnerId"/> only when matched.</summary>
    public static PaymentResult Import(Guid id, BankRecordOrigin origin, DateOnly receivedOn, Yen amount, string? payerName, PaymentMatchState state,
        IEnumerable<string> reasons, Guid? partnerId, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(reasons);
        if (Validate(amount, payerName) is { } refusal)
        {
            return new PaymentResult(null, refusal);
        }

        var payment = new Payment(id, receivedOn, amount, payerName!, PaymentSource.ZenginImport, at, by)
        {
            SourceFileName = origin.FileName,
            SourceRecordNumber = origin.RecordNumber,
            BankRecordIdentity = origin.RecordIdentity,
            PartnerId = state == PaymentMatchState.Matched ? partnerId : null,
            MatchState = state == PaymentMatchState.Matched && partnerId is null ? PaymentMatchState.Unmatched : state,
            MatchReasons = string.Join(',', reasons),
        };
        return new PaymentResult(payment, null);
    }

    /// <summary>Finance names the partner who paid (an unmatched or ambiguous import, or a correction before any allocation).</summary>
    public PaymentRefusal? AssignTo(Guid partnerId)
    {
        if (_allocations.Count > 0 && PartnerId != partnerId)
        {
            return PaymentRefusal.AlreadyAllocated;
        }

        PartnerId = partnerId;
        MatchState = PaymentMatchState.Assigned;
        return null;
    }

    /// <summary>
    /// Allocates <paramref name="amount"/> of this payment to an invoice of its partner whose open balance is
    /// <paramref name="openBalance"/> (total − allocations − credit notes, as the caller read it).
    /// </summary>
    public PaymentRefusal? AllocateTo(Guid invoiceId, Guid invoicePartnerId, Yen openBalance, Yen amount, DateTimeOffset at, string by)
    {
        if (PartnerId is null)
        {
            return PaymentRefusal.NoPartner;
        }

        if (invoicePartnerId != PartnerId)
        {
            return PaymentRefusal.InvoiceOfAnotherPartner;
        }

        if (amount <= Yen.Zero)
        {
            return PaymentRefusal.AmountNotPositive;
        }

        if (amount > Unallocated)
        {
            return PaymentRefusal.ExceedsUnallocated;
        }

        if (amount > openBalance)
        {
            return PaymentRefusal.ExceedsOpenBalance;
        }

        _allocations.Add(new PaymentAllocation(Guid.NewGuid(), invoiceId, amount, at, by));
        return null;
    }

    /// <summary>Takes an allocation back (booked to the wrong invoice); its amount becomes credit again.</summary>
    public PaymentRefusal? ReleaseAllocation(Guid allocationId)
    {
        var allocation = _allocations.Find(a => a.Id == allocationId);
        if (allocation is null)
        {
            return PaymentRefusal.AllocationNotFound;
        }

        _allocations.Remove(allocation);
        return null;
    }

    private static PaymentRefusal? Validate(Yen amount, string? payerName) =>
        amount <= Yen.Zero ? PaymentRefusal.AmountNotPositive
        : string.IsNullOrWhiteSpace(payerName) ? PaymentRefusal.PayerNameMissing
        : null;
}

/// <summary>The outcome of recording a payment.</summary>
public sealed record PaymentResult(Payment? Payment, PaymentRefusal? Refusal);

/// <summary>Part of a payment applied to one invoice.</summary>
public sealed class PaymentAllocation
{
    internal PaymentAllocation(Guid id, Guid invoiceId, Yen amount, DateTimeOffset at, string by)
    {
        Id = id;
        InvoiceId = invoiceId;
        Amount = amount;
        AllocatedAt = at;
        AllocatedBy = by;
    }

    private PaymentAllocation()
    {
        AllocatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid InvoiceId { get; private set; }

    public Yen Amount { get; private set; }

    public DateTimeOffset AllocatedAt { get; private set; }

    public string AllocatedBy { get; private set; }
}
