namespace PartnerHub.Features.Catalogue;

/// <summary>Marker for CatalogueStrings.resx.</summary>
public sealed class CatalogueStrings
{
}
