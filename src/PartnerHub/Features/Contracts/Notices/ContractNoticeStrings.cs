namespace PartnerHub.Features.Contracts.Notices;

/// <summary>Marker for ContractNoticeStrings.resx.</summary>
public sealed class ContractNoticeStrings
{
}
