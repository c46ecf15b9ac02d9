namespace PartnerHub.Features.Devices.SoftwareVersions;

/// <summary>Marker for SoftwareVersionStrings.resx.</summary>
public sealed class SoftwareVersionStrings
{
}
