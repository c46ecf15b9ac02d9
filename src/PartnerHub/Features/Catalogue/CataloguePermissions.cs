using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Catalogue;

/// <summary>Who maintains the catalogue: price lists, plans and their policies, business calendars.</summary>
public static class CataloguePermissions
{
    /// <summary>Vendor administrators only (DOMAIN.md: vendor admins manage price lists and policies).</summary>
    public const string ManageRoles = HubRoles.VendorAdmin;
}
