namespace PartnerHub.Features.Devices.ThreatMappings;

/// <summary>Marker for ThreatMappingStrings.resx.</summary>
public sealed class ThreatMappingStrings
{
}
