namespace PartnerHub.Features.ParameterSheets;

/// <summary>Marker for SheetStrings.resx.</summary>
public sealed class SheetStrings
{
}
