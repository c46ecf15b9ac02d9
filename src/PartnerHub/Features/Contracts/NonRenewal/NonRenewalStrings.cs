namespace PartnerHub.Features.Contracts.NonRenewal;

/// <summary>Marker for NonRenewalStrings.resx.</summary>
public sealed class NonRenewalStrings
{
}
