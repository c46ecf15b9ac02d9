using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Contracts.RenewalGuidance;

public static class GuidancePermissions
{
    /// <summary>The vendor sends the guidance (002 §12-2: 本所は…ご案内を行う): its administrators and operations run it.</summary>
    public const string RunRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations;

    /// <summary>Partners read their own customers' letters (the tenant filter decides which), to answer their questions.</summary>
    public const string ViewRoles = RunRoles + "," + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;
}
