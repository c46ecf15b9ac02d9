namespace PartnerHub.Features.Logistics;

/// <summary>Marker for LogisticsStrings.resx.</summary>
public sealed class LogisticsStrings
{
}
