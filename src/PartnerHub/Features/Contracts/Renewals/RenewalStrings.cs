namespace PartnerHub.Features.Contracts.Renewals;

/// <summary>Marker for RenewalStrings.resx.</summary>
public sealed class RenewalStrings
{
}
