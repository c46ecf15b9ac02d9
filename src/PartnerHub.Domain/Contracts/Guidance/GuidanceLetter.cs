using PartnerHub.Domain.Common;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts.Guidance;

/// <summary>Where one contract's renewal guidance stands.</summary>
public enum GuidanceLetterStatus
{
    /// <summary>Being written (never stored: an attempt ends sent or failed).</summary>
    Pending,

    /// <summary>The letter is stored and its e-mail queued.</summary>
    Sent,

    /// <summary>Rendering, storing or queueing failed; the next run retries it.</summary>
    Failed,
}

/// <summary>Who the guidance e-mail went to.</summary>
public enum GuidanceRecipientKind
{
    /// <summary>The customer's registered notification addresses.</summary>
    Customer,

    /// <summary>The partner's staff, who pass it on (the customer has no address on record).</summary>
    PartnerStaff,
}

/// <summary>What a renewal guidance letter says (002 §12-1, §12-2, §13-3-②), fixed when it is written.</summary>
/// <param name="TermStart">First day of the expiring term.</param>
/// <param name="TermEnd">Its expiry (利用期間満了日, March 31).</param>
/// <param name="NextTermStart">First day of the next term (契約更新日, April 1).</param>
/// <param name="NextTermEnd">Last day of the next term (March 31 a year later).</param>
/// <param name="Fee">The annual fee of the next term, tax included (002 §13-1).</param>
/// <param name="DueOn">Payment due date: the 25th two months before the next term's month (002 §13-3-②).</param>
/// <param name="CancelBy">Last day to give notice of non-renewal (002 §12-1: two months before, rolled back to a business day).</param>
public sealed record GuidanceFacts(DateOnly TermStart, DateOnly TermEnd, DateOnly NextTermStart, DateOnly NextTermEnd, Yen Fee, DateOnly DueOn, DateOnly CancelBy);

/// <summary>
/// One contract's renewal guidance for one fiscal year: what it said, the stored PDF (with its SHA-256, as evidence of
/// what was sent), where the e-mail went and when it was queued, or why it failed. At most one per contract and year.
/// </summary>
public sealed class GuidanceLetter : IPartnerOwned
{
    /// <summary>A letter for <paramref name="contractId"/> in <paramref name="fiscalYear"/>, not yet written.</summary>
    public GuidanceLetter(Guid id, Guid batchId, Guid contractId, string contractNumber, Guid partnerId, string partnerName, Guid customerId, string customerName,
        int fiscalYear, GuidanceFacts facts, DateOnly issuedOn, bool japaneseEra, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Id = id;
        ContractId = contractId;
        ContractNumber = contractNumber;
        PartnerId = partnerId;
        PartnerName = partnerName;
        CustomerId = customerId;
        CustomerName = customerName;
        FiscalYear = fiscalYear;
        Language = "ja";
        Prepare(batchId, facts, issuedOn, japaneseEra, at);
    }

    private GuidanceLetter()
    {
        ContractNumber = PartnerName = CustomerName = Language = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The run that last worked on the letter.</summary>
    public Guid BatchId { get; private set; }

    /// <summary>The contract.</summary>
    public Guid ContractId { get; private set; }

    /// <summary>Contract number as printed.</summary>
    public string ContractNumber { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The partner named as sender and contact.</summary>
    public string PartnerName { get; private set; }

    /// <summary>The customer.</summary>
    public Guid CustomerId { get; private set; }

    /// <summary>The addressee as printed.</summary>
    public string CustomerName { get; private set; }

    /// <summary>Fiscal year (年度) of the next term.</summary>
    public int FiscalYear { get; private set; }

    /// <summary>First day of the expiring term.</summary>
    public DateOnly TermStart { get; private set; }

    /// <summary>The expiry.</summary>
    public DateOnly TermEnd { get; private set; }

    /// <summary>First day of the next term.</summary>
    public DateOnly NextTermStart { get; private set; }

    /// <summary>Last day of the next term.</summary>
    public DateOnly NextTermEnd { get; private set; }

    /// <summary>Fee of the next term, tax included.</summary>
    public Yen Fee { get; private set; }

    /// <summary>Payment due date.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>Non-renewal deadline.</summary>
    public DateOnly CancelBy { get; private set; }

    /// <summary>Date printed on the letter.</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>Dates printed in 和暦.</summary>
    public bool JapaneseEra { get; private set; }

    /// <summary>Language of the letter and its e-mail ("ja" or "en").</summary>
    public string Language { get; private set; }

    /// <summary>The letter as sent; null until written.</summary>
    public byte[]? Pdf { get; private set; }

    /// <summary>SHA-256 of <see cref="Pdf"/>, lower-case hex.</summary>
    public string? PdfSha256 { get; private set; }

    /// <summary>Who the e-mail went to.</summary>
    public GuidanceRecipientKind? RecipientKind { get; private set; }

    /// <summary>The addresses the e-mail was queued for, comma-separated.</summary>
    public string? Recipients { get; private set; }

    /// <summary>When the e-mail was queued in the outbox (sent afterwards by the outbox).</summary>
    public DateTimeOffset? EmailQueuedAt { get; private set; }

    /// <summary>Where the letter stands.</summary>
    public GuidanceLetterStatus Status { get; private set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Attempts so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>When it was last worked on.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Whether a run should (re)write it: only failed letters are retried, a sent one never twice.</summary>
    public bool NeedsWriting => Status != GuidanceLetterStatus.Sent;

    /// <summary>Sets what the letter says for an attempt by <paramref name="batchId"/> (a retry takes the contract's current facts).</summary>
    public void Prepare(Guid batchId, GuidanceFacts facts, DateOnly issuedOn, bool japaneseEra, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (Status == GuidanceLetterStatus.Sent)
        {
            throw new InvalidOperationException("A sent letter is never rewritten.");
        }

        BatchId = batchId;
        (TermStart, TermEnd, NextTermStart, NextTermEnd, Fee, DueOn, CancelBy) = facts;
        IssuedOn = issuedOn;
        JapaneseEra = japaneseEra;
        UpdatedAt = at;
        // Sent only once the PDF is stored and the e-mail queued in the same transaction.
        Status = GuidanceLetterStatus.Pending;
    }

    /// <summary>What the letter says.</summary>
    public GuidanceFacts Facts => new(TermStart, TermEnd, NextTermStart, NextTermEnd, Fee, DueOn, CancelBy);

    /// <summary>Records the stored PDF and the queued e-mail: the letter is sent.</summary>
    public void MarkSent(byte[] pdf, string sha256, string language, GuidanceRecipientKind recipientKind, string recipients, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        Attempts++;
        Pdf = pdf;
        PdfSha256 = sha256;
        Language = language;
        RecipientKind = recipientKind;
        Recipients = recipients.Length > 1000 ? recipients[..1000] : recipients;
        EmailQueuedAt = at;
        UpdatedAt = at;
        Status = GuidanceLetterStatus.Sent;
        Error = null;
    }

    /// <summary>
    /// Records a letter sent before the hub stored letters (the demo seed, an import of earlier runs): no PDF is stored, so
    /// a download prints it from the facts recorded here.
    /// </summary>
    public void RecordEarlierSend(string language, GuidanceRecipientKind recipientKind, string recipients, DateTimeOffset queuedAt)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        Attempts++;
        Language = language;
        RecipientKind = recipientKind;
        Recipients = recipients;
        EmailQueuedAt = queuedAt;
        UpdatedAt = queuedAt;
        Status = GuidanceLetterStatus.Sent;
        Error = null;
    }

    /// <summary>Records a failure; the next run retries.</summary>
    public void MarkFailed(string error, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(error);
        Attempts++;
        Error = error.Length > 1000 ? error[..1000] : error;
        UpdatedAt = at;
        Status = GuidanceLetterStatus.Failed;
    }
}
