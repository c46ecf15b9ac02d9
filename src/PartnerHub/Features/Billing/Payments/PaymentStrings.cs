namespace PartnerHub.Features.Billing.Payments;

/// <summary>Marker for PaymentStrings.resx.</summary>
public sealed class PaymentStrings
{
}
