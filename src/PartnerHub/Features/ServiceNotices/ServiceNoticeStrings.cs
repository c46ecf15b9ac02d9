namespace PartnerHub.Features.ServiceNotices;

/// <summary>Marker for ServiceNoticeStrings.resx.</summary>
public sealed class ServiceNoticeStrings
{
}
