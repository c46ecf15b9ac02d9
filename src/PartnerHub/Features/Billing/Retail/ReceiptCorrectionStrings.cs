namespace PartnerHub.Features.Billing.Retail;

/// <summary>Marker for ReceiptCorrectionStrings.resx (reversing a customer receipt, applying and withdrawing a customer's credit).</summary>
public sealed class ReceiptCorrectionStrings
{
}
