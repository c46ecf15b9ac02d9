namespace PartnerHub.Features.Billing;

/// <summary>Marker for BillingStrings.resx.</summary>
public sealed class BillingStrings
{
}
