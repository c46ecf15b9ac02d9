namespace PartnerHub.Features.Logistics.Reports;

public static class HardwareReportPermissions
{
    /// <summary>
    /// The reports count the whole fleet across every partner and hardware vendor: vendor operations and the vendor administrator
    /// only. Partners never see them; nor does the hardware vendor, which follows its own units through its kitting and return
    /// task lists (each filtered to what is assigned to it) — the in-transit and in-repair lists name partners and other vendors' units.
    /// </summary>
    public const string ViewRoles = LogisticsPermissions.VendorRoles;
}
