namespace PartnerHub.Features.Contracts;

/// <summary>Marker for ContractStrings.resx.</summary>
public sealed class ContractStrings
{
}
