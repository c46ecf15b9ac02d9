namespace PartnerHub.Features.Quotes;

/// <summary>Marker for QuoteStrings.resx: the quote pages and the quote document.</summary>
public sealed class QuoteStrings
{
}
