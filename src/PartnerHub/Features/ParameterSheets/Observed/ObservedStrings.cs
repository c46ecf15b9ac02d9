namespace PartnerHub.Features.ParameterSheets.Observed;

/// <summary>Marker for ObservedStrings.resx (the sheet compared with what the appliance reports).</summary>
public sealed class ObservedStrings
{
}
