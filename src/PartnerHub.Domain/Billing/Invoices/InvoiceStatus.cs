namespace PartnerHub.Domain.Billing.Invoices;

/// <summary>Where an invoice or credit note stands. Only a draft can change; an issued document is kept as issued.</summary>
public enum InvoiceStatus
{
    /// <summary>Being prepared by finance: no number, lines can be added and removed.</summary>
    Draft,

    /// <summary>
    /// Numbered and immutable; its PDF is printed after the number is committed and stored with its hash (電子帳簿保存法) —
    /// until then the invoice is "PDF pending" (<see cref="Invoice.IsPdfPending"/>).
    /// </summary>
    Issued,

    /// <summary>
    /// An issued invoice reversed in full by an issued credit note (cancel-and-reissue). Its content and PDF stay as
    /// issued; only this status records that the credit note cancels it.
    /// </summary>
    Cancelled,
}

/// <summary>Who receives an invoice.</summary>
public enum InvoiceRecipientKind
{
    /// <summary>The sales partner (vendor → partner, wholesale).</summary>
    Partner,

    /// <summary>The partner's customer (partner → customer, retail), for partners who bill through the hub.</summary>
    Customer,
}

/// <summary>Why an invoice refused a change; codes so the UI can localise them.</summary>
public enum InvoiceRefusal
{
    /// <summary>The document is issued (or cancelled): it is immutable; correct it with a credit note.</summary>
    NotDraft,

    /// <summary>No line with that id on the draft.</summary>
    LineNotFound,

    /// <summary>A manual line needs the reason it was added.</summary>
    ManualLineWithoutReason,

    /// <summary>The line's tax category has no rate on the invoice's tax date.</summary>
    NoTaxRateOnDate,

    /// <summary>A credit note's lines must be credits, an invoice's lines charges.</summary>
    LineKindDoesNotSuitDocument,

    /// <summary>A credit note can only be made for an issued invoice.</summary>
    OriginalNotIssued,

    /// <summary>A credit note cannot be credited again.</summary>
    OriginalIsCreditNote,

    /// <summary>The due date is before the transaction date.</summary>
    DueBeforeTransaction,

    /// <summary>A draft without lines cannot be issued.</summary>
    NoLines,

    /// <summary>Only an issued document has a PDF.</summary>
    NotIssued,

    /// <summary>The PDF as issued is stored already; it is never replaced.</summary>
    PdfAlreadyStored,
}

/// <summary>The issuer's and the recipient's addresses as printed on a document at issue (either may be unknown).</summary>
public sealed record PrintedAddresses(string? Issuer, string? Recipient);
