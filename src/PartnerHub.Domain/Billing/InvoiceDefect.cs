namespace PartnerHub.Domain.Billing;

/// <summary>
/// A reason a qualified invoice or credit note cannot be issued: a required item (消費税法 §57-4) is missing
/// or the figures contradict the document kind. Codes, so the UI can localise them.
/// </summary>
public enum InvoiceDefect
{
    /// <summary>The issuer's name (適格請求書発行事業者の氏名又は名称) is missing.</summary>
    MissingIssuerName,

    /// <summary>The issuer's registration number (登録番号, T + 13 digits) is missing.</summary>
    MissingRegistrationNumber,

    /// <summary>The recipient's name (交付を受ける事業者の氏名又は名称) is missing.</summary>
    MissingRecipient,

    /// <summary>There are no lines, so there is no transaction to describe.</summary>
    NoLines,

    /// <summary>A line has no description (取引内容).</summary>
    MissingLineDescription,

    /// <summary>A line's tax category had no rate on the tax date (e.g. the reduced rate before 2019-10-01).</summary>
    NoTaxRateOnDate,

    /// <summary>An invoice whose total for some rate is negative: issue a credit note for the excess instead.</summary>
    NegativeRateTotalOnInvoice,

    /// <summary>A credit note with a line that is not a credit.</summary>
    ChargeOnCreditNote,

    /// <summary>A credit note dated before the sale it credits.</summary>
    CreditNoteBeforeOriginalTransaction,
}
