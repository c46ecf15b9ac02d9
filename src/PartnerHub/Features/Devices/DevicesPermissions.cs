using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Devices;

public static class DevicesPermissions
{
    /// <summary>Device health and alerts: the vendor's operations and desk, and partners for their own customers.</summary>
    public const string ViewRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations + "," + HubRoles.SecondLineDesk + ","
        + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>The raw sensor record is portal detail customers and partners do not get (004 別紙3 §1-3-③).</summary>
    public const string RawDetailRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations + "," + HubRoles.SecondLineDesk;

    /// <summary>Vendor operations keep the threat mapping rules; the vendor's administrators may too.</summary>
    public const string MappingRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;

    /// <summary>Vendor operations (and the vendor's administrators) record the sensor software version each model requires.</summary>
    public const string SoftwareVersionRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;
}
