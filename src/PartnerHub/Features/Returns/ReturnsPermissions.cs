using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Returns;

/// <summary>Who works on returns of lent hardware (each sees what the tenant filter allows).</summary>
public static class ReturnsPermissions
{
    /// <summary>Vendor operations open returns by hand and run the reports.</summary>
    public const string VendorRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;

    /// <summary>The receipt and the inspection: vendor operations or the hardware vendor the unit comes back to.</summary>
    public const string ReceiveRoles = VendorRoles + "," + HubRoles.HardwareVendor;

    /// <summary>The shipment back is entered by the partner for its customer (or by vendor operations).</summary>
    public const string ShipRoles = VendorRoles + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Everyone who follows returns: partners see their own customers' only, hardware vendors those coming to them.</summary>
    public const string ViewRoles = ReceiveRoles + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;
}
