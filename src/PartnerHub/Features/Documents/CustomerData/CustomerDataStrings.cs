namespace PartnerHub.Features.Documents.CustomerData;

/// <summary>Marker for CustomerDataStrings.resx: sheet names and headers of the customer data export.</summary>
public sealed class CustomerDataStrings
{
}
