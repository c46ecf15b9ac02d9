using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Contracts;

public static class ContractsPermissions
{
    /// <summary>Everyone who works with customers may read contracts (tenant filters decide which).</summary>
    public const string ViewRoles = PartnerHub.Features.Customers.CustomersPermissions.ViewRoles;

    /// <summary>Partners take orders from their customers (004 §1-4); the vendor administrator may do so for them.</summary>
    public const string OrderRoles = HubRoles.VendorAdmin + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;
}
