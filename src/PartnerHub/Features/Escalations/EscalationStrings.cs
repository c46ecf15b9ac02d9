namespace PartnerHub.Features.Escalations;

/// <summary>Marker for EscalationStrings.resx.</summary>
public sealed class EscalationStrings
{
}
