namespace PartnerHub.Features.Billing.Exports;

/// <summary>Marker for ExportStrings.resx (finance exports, journal mapping and the partner statement).</summary>
public sealed class ExportStrings
{
}
