namespace PartnerHub.Features.Swaps;

/// <summary>Marker for SwapStrings.resx.</summary>
public sealed class SwapStrings
{
}
