using PartnerHub.Domain.Common;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Pending;

/// <summary>What a pending charge is for; decides the invoice line it becomes.</summary>
public enum PendingChargeKind
{
    /// <summary>Swap cost of a swap the customer caused (004 §7-1 proviso, §7-1 (1)–(5)): a hardware damage charge.</summary>
    SwapCost,

    /// <summary>A loaned unit returned after its deadline (別紙4 §4).</summary>
    LateReturn,

    /// <summary>A loaned unit returned damaged (004 §6-1, 003 §15).</summary>
    Damage,

    /// <summary>A loaned unit lost, stolen or never returned (004 §6-1, 003 §15).</summary>
    Loss,

    /// <summary>Compensation for an outage the vendor is liable for (004 §7-2): a credit.</summary>
    OutageCompensation,
}

/// <summary>Where a pending charge is in billing.</summary>
public enum PendingChargeStatus
{
    /// <summary>Decided, waiting for the next invoicing run.</summary>
    Pending,

    /// <summary>Put on an invoice.</summary>
    Billed,

    /// <summary>Dropped by finance or vendor operations, with a reason.</summary>
    Waived,
}

/// <summary>
/// A charge or credit decided by another workflow (a swap, a return, an outage) that finance bills to the partner on its next
/// invoicing run. Kept apart from the invoice so the deciding workflow never writes invoices and an issued invoice is never
/// rewritten: billing picks pending charges up and marks them billed.
/// </summary>
public sealed class PendingCharge : IPartnerOwned, IVersioned
{
    /// <summary>Records a decided charge (positive amount) or, for <see cref="PendingChargeKind.OutageCompensation"/>, a credit.</summary>
    public PendingCharge(
        Guid id,
        Guid partnerId,
        Guid contractId,
        PendingChargeKind kind,
        Yen amount,
        string description,
        string article,
        Guid sourceId,
        DateOnly incurredOn,
        DateTimeOffset at,
        string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(article);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (amount.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A pending charge is a positive amount; credits are told apart by their kind.");
        }

        Id = id;
        PartnerId = partnerId;
        ContractId = contractId;
        Kind = kind;
        Amount = amount;
        Description = description;
        Article = article;
        SourceId = sourceId;
        IncurredOn = incurredOn;
        CreatedAt = at;
        CreatedBy = by;
        Status = PendingChargeStatus.Pending;
    }

    private PendingCharge()
    {
        Description = Article = CreatedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The partner billed (tenant).</summary>
    public Guid PartnerId { get; private set; }

    /// <summary>The contract it arises under.</summary>
    public Guid ContractId { get; private set; }

    /// <summary>What it is for.</summary>
    public PendingChargeKind Kind { get; private set; }

    /// <summary>The amount, always positive; <see cref="IsCredit"/> says which way it goes.</summary>
    public Yen Amount { get; private set; }

    /// <summary>The line's description as it will read on the invoice.</summary>
    public string Description { get; private set; }

    /// <summary>The article the charge rests on, e.g. "004 §6-1".</summary>
    public string Article { get; private set; }

    /// <summary>The record that decided it (swap case, return task, outage), so the same decision is never charged twice.</summary>
    public Guid SourceId { get; private set; }

    /// <summary>The transaction date the invoice line carries.</summary>
    public DateOnly IncurredOn { get; private set; }

    /// <summary>Where it is in billing.</summary>
    public PendingChargeStatus Status { get; private set; }

    /// <summary>The invoice it was billed on.</summary>
    public Guid? InvoiceId { get; private set; }

    /// <summary>Why it was waived.</summary>
    public string? WaiverReason { get; private set; }

    /// <summary>When it was decided.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who decided it.</summary>
    public string CreatedBy { get; private set; }

    /// <summary>When it was billed or waived.</summary>
    public DateTimeOffset? SettledAt { get; private set; }

    /// <summary>Who billed or waived it.</summary>
    public string? SettledBy { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>A credit to the partner (outage compensation) rather than a charge.</summary>
    public bool IsCredit => Kind == PendingChargeKind.OutageCompensation;

    /// <summary>The signed amount as it lands on an invoice: negative for credits.</summary>
    public Yen SignedAmount => IsCredit ? -Amount : Amount;

    /// <summary>The invoice line kind it becomes.</summary>
    public InvoiceLineKind LineKind => IsCredit ? InvoiceLineKind.Credit : InvoiceLineKind.DamageCharge;

    /// <summary>Marks it billed on <paramref name="invoiceId"/>; false when it is no longer pending.</summary>
    public bool MarkBilled(Guid invoiceId, DateTimeOffset at, string by)
    {
        if (Status != PendingChargeStatus.Pending)
        {
            return false;
        }

        Status = PendingChargeStatus.Billed;
        InvoiceId = invoiceId;
        SettledAt = at;
        SettledBy = by;
        return true;
    }

    /// <summary>Drops it with a reason; false when it is no longer pending.</summary>
    public bool Waive(string reason, DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status != PendingChargeStatus.Pending)
        {
            return false;
        }

        Status = PendingChargeStatus.Waived;
        WaiverReason = reason;
        SettledAt = at;
        SettledBy = by;
        return true;
    }
}
