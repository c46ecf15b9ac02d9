namespace PartnerHub.Features.Contracts.RenewalGuidance;

/// <summary>Marker for GuidanceStrings.resx.</summary>
public sealed class GuidanceStrings
{
}
