using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Quotes;

public static class QuotesPermissions
{
    /// <summary>Partners quote their customers; the vendor may look at and prepare quotes for any partner.</summary>
    public const string Roles = HubRoles.VendorAdmin + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>How long an issued quote holds.</summary>
    public const int ValidityDays = 30;
}
