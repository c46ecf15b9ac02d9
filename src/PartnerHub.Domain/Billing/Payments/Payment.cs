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

/// <summary>How a customer paid a partner's retail invoice (recorded with a customer receipt).</summary>
public enum PaymentMethod
{
    /// <summary>銀行振込.</summary>
    BankTransfer,

    /// <summary>口座振替.</summary>
    DirectDebit,

    /// <summary>現金.</summary>
    Cash,

    /// <summary>小切手・手形.</summary>
    Cheque,

    /// <summary>その他 (the note says what).</summary>
    Other,
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

    /// <summary>The payment was reversed (the bank took the money back); it takes no further change.</summary>
    AlreadyReversed,

    /// <summary>A reversal needs the reason finance gives (組戻し, 取消 record, …).</summary>
    ReversalReasonMissing,

    /// <summary>A customer receipt names how the customer paid.</summary>
    MethodMissing,

    /// <summary>
    /// Part of the payment was carried as the partner's credit and has since settled an invoice issued after the money arrived;
    /// finance releases that allocation first, knowingly re-opening the later invoice.
    /// </summary>
    CreditAlreadyUsed,

    /// <summary>The change is for a customer's receipt (retail); this payment is the vendor's.</summary>
    NotACustomerReceipt,

    /// <summary>
    /// Part of a customer receipt's over-payment has been applied as the customer's credit to another invoice: reversing the receipt
    /// would leave that credit negative. The partner withdraws that application first (re-opening the other invoice knowingly).
    /// </summary>
    CreditAppliedElsewhere,
}

/// <summary>Where a bank-imported payment came from, so the same record is never booked twice.</summary>
/// <param name="FileName">The file as uploaded.</param>
/// <param name="RecordNumber">The record (line) number in that file.</param>
/// <param name="RecordIdentity">The bank record's identity (account, booking date, 照会番号, amount): unique over all imports.</param>
public sealed record BankRecordOrigin(string FileName, int RecordNumber, string RecordIdentity);

/// <summary>
/// Money received: from a partner against the vendor's (wholesale) invoices, or — a <em>customer receipt</em> — from a partner's
/// customer against the partner's own (retail) invoices, received by that partner (<see cref="PayeePartnerId"/>). Both follow the
/// same rules: the payer is <see cref="PayerId"/> (the partner, or the customer), allocations go only to invoices addressed to that
/// payer and never beyond their open balance, and what is not allocated is the payer's credit.
/// The amount in whole yen on the day it arrived, under the payer name the bank printed.
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

    /// <summary>For a customer receipt: the partner that received the money (the issuer of the retail invoices it settles); null for the vendor's.</summary>
    public Guid? PayeePartnerId { get; private set; }

    /// <summary>For a customer receipt: the paying customer.</summary>
    public Guid? CustomerId { get; private set; }

    /// <summary>For a customer receipt: how the customer paid.</summary>
    public PaymentMethod? Method { get; private set; }

    /// <summary>
    /// For a customer receipt: the partner's retail invoice it was recorded against. Its allocations to any other invoice spent its
    /// over-payment as the customer's credit (<see cref="CreditApplications"/>). Null for the vendor's payments.
    /// </summary>
    public Guid? ForInvoiceId { get; private set; }

    /// <summary>Who paid: the customer for a customer receipt, otherwise the partner once known. Allocations go to this payer's invoices only.</summary>
    public Guid? PayerId => CustomerId ?? PartnerId;

    /// <summary>A partner's customer paid the partner (retail), not a partner the vendor (wholesale).</summary>
    public bool IsCustomerReceipt => PayeePartnerId is not null;

    /// <summary>Finance's note (e.g. what the receipt is for).</summary>
    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    public IReadOnlyList<PaymentAllocation> Allocations => _allocations;

    /// <summary>When finance or a bank 取消 record reversed the payment; null while it stands.</summary>
    public DateTimeOffset? ReversedAt { get; private set; }

    /// <summary>The (Tokyo) day of the reversal, on which the partner's statement shows the money taken back.</summary>
    public DateOnly? ReversedOn { get; private set; }

    public string? ReversedBy { get; private set; }

    /// <summary>Why the payment was reversed, as finance wrote it or the import described the bank's record.</summary>
    public string? ReversalReason { get; private set; }

    /// <summary>For a reversal by an imported 取消 record: that record's identity, so a re-import reverses nothing twice.</summary>
    public string? ReversalRecordIdentity { get; private set; }

    /// <summary>The bank took the money back: the payment settles nothing and is no credit, but stays on record.</summary>
    public bool IsReversed => ReversedAt is not null;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>What is allocated to invoices.</summary>
    public Yen Allocated => Yen.Sum(_allocations.Select(a => a.Amount));

    /// <summary>What is not allocated: the partner's credit once the partner is known; nothing once reversed.</summary>
    public Yen Unallocated => IsReversed ? Yen.Zero : Amount - Allocated;

    /// <summary>
    /// For a customer receipt: the allocations that applied its over-payment, as the customer's credit, to another invoice than the
    /// one it was recorded against (<see cref="ForInvoiceId"/>). None for the vendor's payments.
    /// </summary>
    public IReadOnlyList<PaymentAllocation> CreditApplications => IsCustomerReceipt ? [.. _allocations.Where(a => a.InvoiceId != ForInvoiceId)] : [];

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

    /// <summary>
    /// A receipt a partner records by hand: its <paramref name="customerId"/> paid it <paramref name="amount"/> on
    /// <paramref name="receivedOn"/>, by <paramref name="method"/>. Allocated like any payment (<see cref="AllocateTo"/>), to the
    /// customer's invoices from this partner only; what is left is the customer's credit. <paramref name="forInvoiceId"/> is the retail
    /// invoice the receipt is recorded against.
    /// </summary>
    public static PaymentResult RecordCustomerReceipt(Guid id, Guid payeePartnerId, Guid customerId, DateOnly receivedOn, Yen amount, string? payerName,
        PaymentMethod? method, string? note, DateTimeOffset at, string by, Guid? forInvoiceId = null)
    {
        if (Validate(amount, payerName) is { } refusal)
        {
            return new PaymentResult(null, refusal);
        }

        if (method is null || !Enum.IsDefined(method.Value))
        {
            return new PaymentResult(null, PaymentRefusal.MethodMissing);
        }

        var payment = new Payment(id, receivedOn, amount, payerName!, PaymentSource.Manual, at, by)
        {
            PayeePartnerId = payeePartnerId,
            CustomerId = customerId,
            Method = method,
            ForInvoiceId = forInvoiceId,
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
        if (IsReversed)
        {
            return PaymentRefusal.AlreadyReversed;
        }

        if (IsCustomerReceipt || (_allocations.Count > 0 && PartnerId != partnerId))
        {
            return PaymentRefusal.AlreadyAllocated;
        }

        PartnerId = partnerId;
        MatchState = PaymentMatchState.Assigned;
        return null;
    }

    /// <summary>
    /// Allocates <paramref name="amount"/> of this payment to an invoice of its payer whose open balance is
    /// <paramref name="openBalance"/> (total − allocations − credit notes, as the caller read it). <paramref name="invoicePayerId"/>
    /// is who the invoice bills: the partner of a wholesale invoice, the customer of a retail one.
    /// </summary>
    public PaymentRefusal? AllocateTo(Guid invoiceId, Guid invoicePayerId, Yen openBalance, Yen amount, DateTimeOffset at, string by)
    {
        if (IsReversed)
        {
            return PaymentRefusal.AlreadyReversed;
        }

        if (PayerId is null)
        {
            return PaymentRefusal.NoPartner;
        }

        if (invoicePayerId != PayerId)
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
        if (IsReversed)
        {
            return PaymentRefusal.AlreadyReversed;
        }

        var allocation = _allocations.Find(a => a.Id == allocationId);
        if (allocation is null)
        {
            return PaymentRefusal.AllocationNotFound;
        }

        _allocations.Remove(allocation);
        return null;
    }

    /// <summary>
    /// A customer receipt's over-payment (the customer's credit) settles <paramref name="amount"/> of another open retail invoice of the
    /// same customer (<paramref name="invoiceCustomerId"/>, whose open balance is <paramref name="openBalance"/>); partial is allowed.
    /// Same rules as <see cref="AllocateTo"/>: never beyond the credit left or the invoice's open balance.
    /// </summary>
    public PaymentRefusal? ApplyCreditTo(Guid invoiceId, Guid invoiceCustomerId, Yen openBalance, Yen amount, DateTimeOffset at, string by) =>
        IsCustomerReceipt ? AllocateTo(invoiceId, invoiceCustomerId, openBalance, amount, at, by) : PaymentRefusal.NotACustomerReceipt;

    /// <summary>
    /// Takes back one application of a customer receipt's credit (<see cref="CreditApplications"/>): the other invoice is open again by
    /// that amount and the amount is the customer's credit again. The allocation to the receipt's own invoice is not a credit application.
    /// </summary>
    public PaymentRefusal? WithdrawCreditApplication(Guid allocationId)
    {
        if (!IsCustomerReceipt)
        {
            return PaymentRefusal.NotACustomerReceipt;
        }

        if (IsReversed)
        {
            return PaymentRefusal.AlreadyReversed;
        }

        var allocation = _allocations.Find(a => a.Id == allocationId && a.InvoiceId != ForInvoiceId);
        if (allocation is null)
        {
            return PaymentRefusal.AllocationNotFound;
        }

        _allocations.Remove(allocation);
        return null;
    }

    /// <summary>
    /// The partner recorded this customer receipt by mistake (入金取消): its allocation is undone, so the invoice it settled is open
    /// again, and its over-payment is no longer the customer's credit. It stays on record as reversed, with who, when and why.
    /// Refused once reversed, without a reason, and while part of its credit settles another invoice
    /// (<see cref="CreditApplications"/>): the credit would go negative, so that application is withdrawn first.
    /// </summary>
    /// <param name="reason">The partner's reason, required.</param>
    /// <param name="on">The reversal's (Tokyo) day.</param>
    /// <param name="at">When.</param>
    /// <param name="by">Who reversed it.</param>
    public PaymentRefusal? ReverseCustomerReceipt(string? reason, DateOnly on, DateTimeOffset at, string by)
    {
        if (!IsCustomerReceipt)
        {
            return PaymentRefusal.NotACustomerReceipt;
        }

        if (IsReversed)
        {
            return PaymentRefusal.AlreadyReversed;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return PaymentRefusal.ReversalReasonMissing;
        }

        if (CreditApplications.Count > 0)
        {
            return PaymentRefusal.CreditAppliedElsewhere;
        }

        MarkReversed(reason, on, null, at, by);
        return null;
    }

    /// <summary>
    /// The allocations that spent this payment's credit: those to an invoice whose transaction date
    /// (<paramref name="invoiceDates"/>) is after the day the money arrived. The money waited as the partner's credit
    /// (an over-payment or an advance) until that invoice existed.
    /// </summary>
    public IReadOnlyList<PaymentAllocation> AllocationsFromCredit(IReadOnlyDictionary<Guid, DateOnly> invoiceDates)
    {
        ArgumentNullException.ThrowIfNull(invoiceDates);
        return [.. _allocations.Where(a => invoiceDates.TryGetValue(a.InvoiceId, out var date) && date > ReceivedOn)];
    }

    /// <summary>
    /// The bank took the money back (組戻し, or a 取消 record of its incoming-transfer data). Every allocation is undone, so the
    /// invoices it settled are open again, and what was left over is no longer the partner's credit. The payment stays on
    /// record as reversed. Refused when its credit already settled a later invoice (<see cref="AllocationsFromCredit"/>):
    /// re-opening an invoice the partner was told its credit paid is finance's explicit decision, by releasing it first.
    /// </summary>
    /// <param name="reason">Finance's reason, required.</param>
    /// <param name="on">The reversal's (Tokyo) day.</param>
    /// <param name="invoiceDates">The transaction date of every invoice this payment is allocated to.</param>
    /// <param name="cancellationRecordIdentity">The bank's 取消 record when an import reverses it; null by hand.</param>
    /// <param name="at">When.</param>
    /// <param name="by">Who reversed it (the importing user for a 取消 record).</param>
    public PaymentRefusal? Reverse(string? reason, DateOnly on, IReadOnlyDictionary<Guid, DateOnly> invoiceDates, string? cancellationRecordIdentity,
        DateTimeOffset at, string by)
    {
        if (IsReversed)
        {
            return PaymentRefusal.AlreadyReversed;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return PaymentRefusal.ReversalReasonMissing;
        }

        if (AllocationsFromCredit(invoiceDates).Count > 0)
        {
            return PaymentRefusal.CreditAlreadyUsed;
        }

        MarkReversed(reason, on, cancellationRecordIdentity, at, by);
        return null;
    }

    private void MarkReversed(string reason, DateOnly on, string? cancellationRecordIdentity, DateTimeOffset at, string by)
    {
        _allocations.Clear();
        ReversedAt = at;
        ReversedOn = on;
        ReversedBy = by;
        ReversalReason = reason.Trim();
        ReversalRecordIdentity = cancellationRecordIdentity;
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
