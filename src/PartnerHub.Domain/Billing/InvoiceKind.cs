namespace PartnerHub.Domain.Billing;

/// <summary>Which qualified document is issued.</summary>
public enum InvoiceKind
{
    /// <summary>A qualified invoice (適格請求書, 消費税法 §57-4-1).</summary>
    Invoice,

    /// <summary>A qualified credit note (適格返還請求書, 消費税法 §57-4-3) for refunds, credits and discounts.</summary>
    CreditNote,
}
