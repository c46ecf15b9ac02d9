namespace PartnerHub.Features.Billing.Runs;

/// <summary>Marker for RunStrings.resx.</summary>
public sealed class RunStrings
{
}
