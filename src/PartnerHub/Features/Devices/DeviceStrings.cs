namespace PartnerHub.Features.Devices;

/// <summary>Marker for DeviceStrings.resx.</summary>
public sealed class DeviceStrings
{
}
