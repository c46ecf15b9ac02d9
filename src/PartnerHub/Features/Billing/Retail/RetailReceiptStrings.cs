namespace PartnerHub.Features.Billing.Retail;

/// <summary>Marker for RetailReceiptStrings.resx (customer receipts and retail receivables).</summary>
public sealed class RetailReceiptStrings
{
}
