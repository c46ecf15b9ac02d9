namespace PartnerHub.Features.Contracts.Ending;

/// <summary>Marker for EndingStrings.resx.</summary>
public sealed class EndingStrings
{
}
