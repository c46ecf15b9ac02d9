using PartnerHub.Domain.Common;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing.Invoices;

/// <summary>The outcome of drafting a document: the draft, or why it could not be made.</summary>
public sealed record InvoiceDraftResult(Invoice? Invoice, InvoiceRefusal? Refusal);

/// <summary>
/// An invoice (適格請求書) or credit note (適格返還請求書) the hub stores: drafted by finance, then issued with a gapless
/// number (<see cref="Issue"/>), then its PDF as issued is printed and kept with its hash (<see cref="RecordPdf"/>) — until then
/// the issued document is "PDF pending" (<see cref="IsPdfPending"/>), shown as such and printed again by the next run or on demand.
/// A draft changes through <see cref="AddLine"/> and <see cref="RemoveLine"/>; an
/// issued document never changes again (every method refuses with <see cref="InvoiceRefusal.NotDraft"/>); a correction
/// is a credit note referencing it, which cancels it when it reverses it in full (cancel-and-reissue).
/// The partner the document concerns (<see cref="PartnerId"/>) scopes who may read it: the recipient partner of a
/// wholesale invoice, or the issuing partner of a retail one.
/// </summary>
public sealed class Invoice : IPartnerOwned, IVersioned
{
    private readonly List<InvoiceItem> _items = [];
    private readonly List<InvoiceRateTotal> _rateTotals = [];

    private Invoice(Guid id, InvoiceKind kind, Guid issuerId, Guid partnerId, InvoiceRecipientKind recipientKind, Guid recipientId,
        string recipientName, DateOnly transactionDate, DateOnly dueDate, InvoiceTaxPolicy policy, DateTimeOffset at, string by)
    {
        Id = id;
        Kind = kind;
        IssuerId = issuerId;
        PartnerId = partnerId;
        RecipientKind = recipientKind;
        RecipientId = recipientId;
        RecipientName = recipientName.Trim();
        TransactionDate = transactionDate;
        DueDate = dueDate;
        PriceBasis = policy.Basis;
        Rounding = policy.Rounding;
        CreatedAt = at;
        CreatedBy = by;
        Status = InvoiceStatus.Draft;
    }

    private Invoice()
    {
        RecipientName = CreatedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Invoice or credit note.</summary>
    public InvoiceKind Kind { get; private set; }

    /// <summary>Draft, issued or cancelled.</summary>
    public InvoiceStatus Status { get; private set; }

    /// <summary>The issuing organisation (the vendor, or a partner billing its customer).</summary>
    public Guid IssuerId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>Whether the recipient is a partner or a customer.</summary>
    public InvoiceRecipientKind RecipientKind { get; private set; }

    /// <summary>The recipient organisation or customer.</summary>
    public Guid RecipientId { get; private set; }

    /// <summary>The recipient's name as printed.</summary>
    public string RecipientName { get; private set; }

    /// <summary>Date of the supply (or, for a credit note, of the credit).</summary>
    public DateOnly TransactionDate { get; private set; }

    /// <summary>Payment due date.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>For a credit note: the invoice it credits.</summary>
    public Guid? OriginalInvoiceId { get; private set; }

    /// <summary>For a credit note: the original invoice's number, printed on the note.</summary>
    public string? OriginalNumber { get; private set; }

    /// <summary>For a credit note: the date of the sale credited, whose tax rates apply.</summary>
    public DateOnly? OriginalTransactionDate { get; private set; }

    /// <summary>Whether the line prices include tax.</summary>
    public PriceBasis PriceBasis { get; private set; }

    /// <summary>How each rate's tax is rounded (the issuer's policy).</summary>
    public RoundingMode Rounding { get; private set; }

    /// <summary>The number, e.g. INV-2026-000123; null on a draft (numbers are given only at issue).</summary>
    public string? Number { get; private set; }

    /// <summary>The issuer's fiscal year the number belongs to.</summary>
    public int? FiscalYear { get; private set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset? IssuedAt { get; private set; }

    /// <summary>Who issued it.</summary>
    public string? IssuedBy { get; private set; }

    /// <summary>The issuer's name as printed at issue.</summary>
    public string? IssuerName { get; private set; }

    /// <summary>The issuer's registration number (T + 13 digits) as printed at issue.</summary>
    public string? IssuerRegistrationNumber { get; private set; }

    /// <summary>The issuer's address as printed at issue (the PDF printed later shows this, not a later address).</summary>
    public string? IssuerAddress { get; private set; }

    /// <summary>The recipient's address as printed at issue.</summary>
    public string? RecipientAddress { get; private set; }

    /// <summary>
    /// SHA-256 (hex, lower case) of the PDF as issued (電子帳簿保存法: proof the stored file is unaltered); null on a draft and on an
    /// issued document whose PDF has not been printed yet.
    /// </summary>
    public string? PdfSha256 { get; private set; }

    /// <summary>The credit note that reversed this invoice in full, once issued.</summary>
    public Guid? CancelledByCreditNoteId { get; private set; }

    /// <summary>When the draft was made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who made the draft.</summary>
    public string CreatedBy { get; private set; }

    /// <summary>Total without tax (negative on a credit note).</summary>
    public Yen TaxExcludedTotal { get; private set; }

    /// <summary>Tax, computed once per rate.</summary>
    public Yen TaxTotal { get; private set; }

    /// <summary>The amount to pay (negative on a credit note).</summary>
    public Yen GrandTotal { get; private set; }

    /// <summary>The lines, in document order.</summary>
    public IReadOnlyList<InvoiceItem> Items => _items;

    /// <summary>Totals per tax rate.</summary>
    public IReadOnlyList<InvoiceRateTotal> RateTotals => _rateTotals;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>Whether the document can still change.</summary>
    public bool IsDraft => Status == InvoiceStatus.Draft;

    /// <summary>Issued (numbered, immutable) but its PDF is not stored yet: printing failed or has not run.</summary>
    public bool IsPdfPending => !IsDraft && PdfSha256 is null;

    /// <summary>The price basis and rounding of the issuer, with Japan's dated rates.</summary>
    public InvoiceTaxPolicy Policy => new(PriceBasis, Rounding, TaxRateTable.Japan);

    /// <summary>The date whose rates apply: the original sale's for a credit note.</summary>
    public DateOnly TaxDate => OriginalTransactionDate ?? TransactionDate;

    /// <summary>Starts an invoice from <paramref name="issuerId"/> to a recipient; lines come next.</summary>
    public static InvoiceDraftResult DraftInvoice(Guid id, Guid issuerId, Guid partnerId, InvoiceRecipientKind recipientKind, Guid recipientId,
        string recipientName, DateOnly transactionDate, DateOnly dueDate, InvoiceTaxPolicy policy, DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientName);
        ArgumentNullException.ThrowIfNull(policy);
        return dueDate < transactionDate
            ? new InvoiceDraftResult(null, InvoiceRefusal.DueBeforeTransaction)
            : new InvoiceDraftResult(
                new Invoice(id, InvoiceKind.Invoice, issuerId, partnerId, recipientKind, recipientId, recipientName, transactionDate, dueDate, policy, at, by), null);
    }

    /// <summary>
    /// Starts a credit note for an issued invoice, to the same recipient under the same policy, taxed at the original
    /// sale's rates, with every line of the original negated (a full reversal; remove lines for a partial credit).
    /// </summary>
    public static InvoiceDraftResult DraftCreditNote(Invoice original, Guid id, DateOnly creditDate, DateOnly dueDate, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.Kind == InvoiceKind.CreditNote)
        {
            return new InvoiceDraftResult(null, InvoiceRefusal.OriginalIsCreditNote);
        }

        if (original.Status != InvoiceStatus.Issued)
        {
            return new InvoiceDraftResult(null, InvoiceRefusal.OriginalNotIssued);
        }

        if (dueDate < creditDate)
        {
            return new InvoiceDraftResult(null, InvoiceRefusal.DueBeforeTransaction);
        }

        var note = new Invoice(id, InvoiceKind.CreditNote, original.IssuerId, original.PartnerId, original.RecipientKind, original.RecipientId,
            original.RecipientName, creditDate, dueDate, original.Policy, at, by)
        {
            OriginalInvoiceId = original.Id,
            OriginalNumber = original.Number,
            OriginalTransactionDate = original.TransactionDate,
        };
        foreach (var item in original.Items.Where(i => i.Amount != Yen.Zero))
        {
            var negated = new InvoiceLine(item.Description, item.Quantity, -item.UnitPrice, item.TaxCategory, InvoiceLineKind.Credit);
            note.Append(negated, item.Source);
        }

        note.Recalculate();
        return new InvoiceDraftResult(note, null);
    }

    /// <summary>Adds a line to a draft; a manual line needs its reason. A credit note takes only credits.</summary>
    public InvoiceRefusal? AddLine(InvoiceLine line, InvoiceLineSource source)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(source);
        if (!IsDraft)
        {
            return InvoiceRefusal.NotDraft;
        }

        if (!source.IsExplained)
        {
            return InvoiceRefusal.ManualLineWithoutReason;
        }

        if (Kind == InvoiceKind.CreditNote && line.Kind != InvoiceLineKind.Credit)
        {
            return InvoiceRefusal.LineKindDoesNotSuitDocument;
        }

        if (!TaxRateTable.Japan.TryGetRate(line.TaxCategory, TaxDate, out _))
        {
            return InvoiceRefusal.NoTaxRateOnDate;
        }

        Append(line, source);
        Recalculate();
        return null;
    }

    /// <summary>Removes a line from a draft.</summary>
    public InvoiceRefusal? RemoveLine(Guid itemId)
    {
        if (!IsDraft)
        {
            return InvoiceRefusal.NotDraft;
        }

        var item = _items.Find(i => i.Id == itemId);
        if (item is null)
        {
            return InvoiceRefusal.LineNotFound;
        }

        _items.Remove(item);
        Recalculate();
        return null;
    }

    /// <summary>
    /// The document as the law checks it (消費税法 §57-4), with the issuer's name and registration number: complete, or
    /// every missing item (no registration number, no lines, …).
    /// </summary>
    public InvoiceResult ToQualified(string? issuerName, InvoiceRegistrationNumber? registrationNumber)
    {
        var lines = _items.Select(i => i.ToLine());
        return Kind == InvoiceKind.CreditNote
            ? QualifiedInvoice.CreateCreditNote(issuerName, registrationNumber, RecipientName, TransactionDate, TaxDate, lines, Policy)
            : QualifiedInvoice.CreateInvoice(issuerName, registrationNumber, RecipientName, TransactionDate, lines, Policy);
    }

    /// <summary>
    /// Issues the draft as <paramref name="document"/> (the qualified form of this draft) under <paramref name="number"/>, with the
    /// addresses printed on it. From now on nothing about the document changes; its PDF follows (<see cref="RecordPdf"/>).
    /// </summary>
    public InvoiceRefusal? Issue(string number, int fiscalYear, QualifiedInvoice document, PrintedAddresses addresses, DateTimeOffset issuedAt, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(addresses);
        if (!IsDraft)
        {
            return InvoiceRefusal.NotDraft;
        }

        if (_items.Count == 0)
        {
            return InvoiceRefusal.NoLines;
        }

        Number = number;
        FiscalYear = fiscalYear;
        IssuerName = document.Issuer.Name;
        IssuerRegistrationNumber = document.Issuer.RegistrationNumber.Value;
        IssuerAddress = addresses.Issuer;
        RecipientAddress = addresses.Recipient;
        IssuedAt = issuedAt;
        IssuedBy = by;
        Status = InvoiceStatus.Issued;
        Store(document.Totals);
        return null;
    }

    /// <summary>Keeps the hash of <paramref name="pdf"/>, the issued document's PDF as printed; once only.</summary>
    public InvoiceRefusal? RecordPdf(InvoicePdf pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (pdf.InvoiceId != Id)
        {
            throw new ArgumentException("The PDF is another invoice's.", nameof(pdf));
        }

        if (IsDraft)
        {
            return InvoiceRefusal.NotIssued;
        }

        if (PdfSha256 is not null)
        {
            return InvoiceRefusal.PdfAlreadyStored;
        }

        PdfSha256 = pdf.Sha256;
        return null;
    }

    /// <summary>The document as issued, in the qualified form the PDF prints (null on a draft).</summary>
    public QualifiedInvoice? AsIssued()
    {
        if (IsDraft)
        {
            return null;
        }

        var registration = InvoiceRegistrationNumber.Validate(IssuerRegistrationNumber);
        return ToQualified(IssuerName, registration.IsValid ? registration.Value : null).Invoice;
    }

    /// <summary>
    /// Records that <paramref name="creditNote"/>, now issued, reverses this invoice in full, which cancels it. A partial
    /// credit leaves the invoice issued; returns whether it was cancelled.
    /// </summary>
    public bool CancelWith(Invoice creditNote)
    {
        ArgumentNullException.ThrowIfNull(creditNote);
        bool reversesInFull = creditNote.Kind == InvoiceKind.CreditNote
            && creditNote.OriginalInvoiceId == Id
            && creditNote.Status == InvoiceStatus.Issued
            && creditNote.GrandTotal == -GrandTotal;
        if (Status != InvoiceStatus.Issued || !reversesInFull)
        {
            return false;
        }

        Status = InvoiceStatus.Cancelled;
        CancelledByCreditNoteId = creditNote.Id;
        return true;
    }

    private void Append(InvoiceLine line, InvoiceLineSource source) =>
        _items.Add(new InvoiceItem(Guid.NewGuid(), _items.Count == 0 ? 1 : _items.Max(i => i.Position) + 1, line, source));

    // Totals are kept current on a draft so lists can show and search amounts; at issue they are the qualified document's.
    private void Recalculate() => Store(InvoiceCalculator.Compute(_items.Select(i => i.ToLine()), TaxDate, Policy));

    private void Store(InvoiceTotals totals)
    {
        _rateTotals.Clear();
        _rateTotals.AddRange(totals.PerRate.Select(r => new InvoiceRateTotal(r)));
        TaxExcludedTotal = totals.TaxExcludedTotal;
        TaxTotal = totals.TaxTotal;
        GrandTotal = totals.GrandTotal;
    }
}
