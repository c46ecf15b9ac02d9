using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.ParameterSheets;

public static class ParameterSheetsPermissions
{
    /// <summary>Who may open sheets at all (the tenant filter decides which).</summary>
    public const string ViewRoles = PartnerHub.Features.Customers.CustomersPermissions.ViewRoles;

    /// <summary>Partners collect and submit sheets for their customers (004 別紙4 §2-4).</summary>
    public const string EditRoles = HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff + "," + HubRoles.VendorAdmin;

    /// <summary>Vendor operations review, register and confirm data collection (004 別紙4 §2-5, §2-6).</summary>
    public const string ReviewRoles = HubRoles.VendorOperations + "," + HubRoles.VendorAdmin;

    /// <summary>
    /// The hardware vendor reads the sheet it applies when kitting (004 別紙4 §2-1), and vendor operations beside it; which
    /// sheets is decided per request by <see cref="KittingSheetQueries"/> (a kitting task of the sheet's contract).
    /// </summary>
    public const string KittingReadRoles = HubRoles.HardwareVendor + "," + HubRoles.VendorOperations + "," + HubRoles.VendorAdmin;
}
