using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Contracts.Renewals;

public static class RenewalsPermissions
{
    /// <summary>
    /// Who works the renewal worklist: partners pass their customers' notices on (004 §4-3), the vendor and finance follow
    /// every partner's renewals. The tenant filters decide which contracts each sees.
    /// </summary>
    public const string WorklistRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations + "," + HubRoles.Finance + ","
        + HubRoles.PartnerAdmin + "," + HubRoles.PartnerStaff;

    /// <summary>The renewal run's report is the vendor's record of what its daily run did to every partner's contracts.</summary>
    public const string RunReportRoles = HubRoles.VendorAdmin + "," + HubRoles.VendorOperations + "," + HubRoles.Finance;

    /// <summary>Vendor operations own the daily run and may start it by hand (it is idempotent).</summary>
    public const string RunNowRoles = HubRoles.VendorOperations;
}
