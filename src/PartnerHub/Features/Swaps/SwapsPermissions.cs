using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Swaps;

public static class SwapsPermissions
{
    /// <summary>Partner staff open swaps for their customers and make the first attribution (004 別紙4 §3-1: 一次的には販売パートナー).</summary>
    public const string PartnerRoles = HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>Vendor operations make the final attribution and arrange the replacement (別紙4 §3-1: 最終的には当社).</summary>
    public const string VendorRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;

    /// <summary>Partners see their own swaps (tenant filter), the vendor all.</summary>
    public const string ViewRoles = PartnerRoles + "," + VendorRoles;
}
