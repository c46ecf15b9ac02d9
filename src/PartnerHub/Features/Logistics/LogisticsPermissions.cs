using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Logistics;

public static class LogisticsPermissions
{
    /// <summary>Vendor operations (and the vendor administrator) manage stock, arrange kitting and record deliveries.</summary>
    public const string VendorRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;

    /// <summary>Kitting tasks: the vendor and the hardware vendor's staff (each sees what the tenant filter allows).</summary>
    public const string KittingRoles = VendorRoles + "," + HubRoles.HardwareVendor;

    /// <summary>The equipment loan slip can also be downloaded by the partner whose contract it is.</summary>
    public const string LoanSlipRoles = KittingRoles + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;
}
