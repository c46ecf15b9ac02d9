using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Customers;

/// <summary>Who may do what with customers. Which customers they reach is the tenant filter's job.</summary>
public static class CustomersPermissions
{
    public const string ViewRoles =
        HubRoles.VendorAdmin + "," + HubRoles.VendorOperations + "," + HubRoles.SecondLineDesk + "," + HubRoles.Finance + ","
        + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Partners keep their customers' records (004 §5); the vendor administrator may correct any.</summary>
    public const string EditRoles = HubRoles.VendorAdmin + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Vendor operations export a customer's stored data before it is erased after the service's end (001 §16).</summary>
    public const string DataExportRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;

    /// <summary>
    /// A customer's statement and reminders (/billing/retail-receivables/customers/{id}) are its partner's business with it: the vendor's
    /// users never see them.
    /// </summary>
    public const string StatementRoles = HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Moving a customer to another partner is a vendor decision.</summary>
    public const string ReassignRoles = HubRoles.VendorAdmin;

    public static bool CanEdit(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInAnyRole(EditRoles);
    }
}
