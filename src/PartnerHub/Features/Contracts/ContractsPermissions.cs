using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Contracts;

public static class ContractsPermissions
{
    /// <summary>Everyone who works with customers may read contracts (tenant filters decide which).</summary>
    public const string ViewRoles = PartnerHub.Features.Customers.CustomersPermissions.ViewRoles;

    /// <summary>Partners take orders from their customers (004 §1-4); the vendor administrator may do so for them.</summary>
    public const string OrderRoles = HubRoles.VendorAdmin + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Partners pass on their customers' non-renewal notices (004 §4-3); the vendor records those that reach it directly.</summary>
    public const string NonRenewalRoles = HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff + "," + HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;
}
